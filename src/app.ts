import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import rateLimit from '@fastify/rate-limit';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from './platform/db/client';
import type { TConfig } from './config';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerAuthBridge } from './platform/http/auth-bridge';
import { resolveActor } from './platform/http/actor';
import { requireVerifiedForWrite } from './platform/http/authorize';
import { checkWriteOrigin, trustedOrigins } from './platform/http/origins';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { createAuth } from './platform/auth/auth';
import { composeMail } from './platform/mail/compose';
import type { TAppContext } from './platform/http/context';
import { CAPABILITIES } from './capabilities';
import { assertDistinct, type TCapability } from './platform/capability';
import { policyName, platformPolicy } from './platform/http/policy';
import { meAbilities } from './platform/http/abilities';
import { registerMetrics } from './platform/http/metrics';
import { LOG_SERIALIZERS, requestId } from './platform/http/logging';

export interface AppDeps {
  database: Database;
  config: TConfig;
  /** Signs session cookies; from SESSION_SECRET or the embedded data dir. */
  secret: string;
  clock?: () => Date;
  logger?: boolean;
  /** Server-side rendering of the web app; omitted in API-only tests. */
  ssr?: { clientDir: string; serverEntry: string };
  /** Sign-in attempts per minute per address (default 10). */
  signInPerMinute?: number;
  /** The capabilities to serve (default: all of src/capabilities.ts). */
  capabilities?: readonly TCapability[];
}

export interface TRouteEntry {
  method: string;
  url: string;
  policy: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the policy that guards it (the authorization matrix test walks it). */
    routeTable: readonly TRouteEntry[];
  }
}

/** Builds the whole HTTP application; it never listens (main.ts does). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { database, config } = deps;
  const app = Fastify({
    logger: deps.logger ? { level: 'info', serializers: LOG_SERIALIZERS } : false,
    genReqId: requestId,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const capabilities = deps.capabilities ?? CAPABILITIES;
  assertDistinct(capabilities);
  registerErrorHandler(app, capabilities);
  await registerSecurityHeaders(app, { https: config.publicUrl.startsWith('https://') });

  // Every route names the policy rule that guards it: a route without one is a defect.
  const routeTable: TRouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) return;
    const policy = route.config?.policy;
    const name = policyName(policy);
    if (!name) throw new Error(`Route ${route.method} ${route.url} binds no named policy rule`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, policy: name });
    }
  });

  const origins = trustedOrigins(config);
  const auth = createAuth({
    db: database.db,
    secret: deps.secret,
    publicUrl: config.publicUrl,
    trustedOrigins: origins,
    compose: composeMail,
    signInPerMinute: deps.signInPerMinute,
  });
  const ctx: TAppContext = {
    db: database.db,
    databaseKind: database.kind,
    auth,
    clock: deps.clock ?? (() => new Date()),
    config,
    abilities: meAbilities(capabilities),
  };

  const trustedOriginSet = new Set(origins);
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const path = request.url;
    if (!path.startsWith('/api/v1/')) return;
    // Cross-site writes are refused (untrusted Origin, or the session cookie without Origin or same-origin fetch metadata).
    checkWriteOrigin(request, trustedOriginSet);
    request.actor = await resolveActor(request, auth, database.db);
    requireVerifiedForWrite(request.actor, request.method, request.routeOptions.config?.policy);
  });

  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'EDIHub API',
        version: '0.1.0',
        description: 'The operating platform of a European Digital Innovation Hub.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'edihub.session_token' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { policy: platformPolicy.public }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerMetrics(app, database, config);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerAuthBridge(app, auth, config.publicUrl, { db: database.db, clock: ctx.clock });
  for (const capability of capabilities) {
    for (const routes of capability.routes) await app.register(routes, { ctx });
  }

  if (deps.ssr) {
    const { registerSsr } = await import('./platform/http/ssr');
    await registerSsr(app, deps.ssr);
  }
  await app.ready();
  return app;
}
