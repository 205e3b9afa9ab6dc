import { platformPolicy } from './policy';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { CLIENT_IP_HEADER, type TAuth } from '../auth/auth';
import { clearSignInFailures, recordSignInFailure, signInWaitSeconds } from '../auth/sign-in-backoff';
import { toWebHeaders } from './web-headers';

export interface AuthBridgeOptions {
  db: Db;
  clock: () => Date;
}

const SIGN_IN_PATH = '/api/auth/sign-in/email';

/** The e-mail a sign-in body names, when it is a JSON object with a string `email`. */
function emailOf(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const email = (body as Record<string, unknown>).email;
  return typeof email === 'string' && email.length <= 320 ? email : null;
}

/**
 * Mounts better-auth's web handler on Fastify at /api/auth/*. The body is forwarded as the client sent it (never
 * parsed and re-serialised: a deeply nested body would overflow the stack), after a check that JSON is JSON. Sign-in
 * adds a per-account back-off beside better-auth's per-address limit: after repeated failures for one e-mail, from
 * any address, it answers 429 with Retry-After without checking the password.
 */
export function registerAuthBridge(
  app: FastifyInstance,
  auth: TAuth,
  publicUrl: string,
  opts: AuthBridgeOptions,
): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    scope.route({
      method: ['GET', 'POST'],
      url: '/api/auth/*',
      config: { policy: platformPolicy.public },
      schema: { hide: true },
      handler: async (request, reply) => {
        const headers = toWebHeaders(request.headers, [CLIENT_IP_HEADER]);
        // The client address as Fastify resolved it (trustProxy decides), never a client-supplied header.
        headers.set(CLIENT_IP_HEADER, request.ip);
        const url = new URL(request.url, publicUrl);
        const raw =
          request.method !== 'GET' && Buffer.isBuffer(request.body) && request.body.length ? request.body : undefined;
        let parsed: unknown;
        if (raw && /json/i.test(request.headers['content-type'] ?? '')) {
          try {
            parsed = JSON.parse(raw.toString('utf8'));
          } catch {
            throw new AppError('bad_request', 'The request body is not valid JSON');
          }
        }

        const signInEmail = request.method === 'POST' && url.pathname === SIGN_IN_PATH ? emailOf(parsed) : null;
        if (signInEmail) {
          const wait = await signInWaitSeconds(opts.db, signInEmail, opts.clock());
          if (wait > 0) {
            return reply
              .status(429)
              .header('retry-after', String(wait))
              .send({
                error: {
                  code: 'rate_limited',
                  message: `Too many failed sign-ins for this account; try again in ${wait} s`,
                },
              });
          }
        }

        const response = await auth.handler(
          new Request(url, { method: request.method, headers, body: raw ? new Uint8Array(raw) : undefined }),
        );
        if (signInEmail) {
          if (response.status === 401) await recordSignInFailure(opts.db, signInEmail, opts.clock());
          else if (response.ok) await clearSignInFailures(opts.db, signInEmail);
        }
        reply.status(response.status);
        response.headers.forEach((value, key) => {
          if (key !== 'set-cookie') reply.header(key, value);
        });
        const cookies = response.headers.getSetCookie();
        if (cookies.length) reply.header('set-cookie', cookies);
        const text = await response.text();
        return reply.send(text.length ? text : null);
      },
    });
  });
}
