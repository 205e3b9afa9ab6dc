/**
 * Security headers on every response (pages, API, assets, errors) through @fastify/helmet: a CSP that runs
 * only our own script files plus the one inline state script of each server-rendered page (by a per-response
 * nonce), no framing (frame-ancestors 'none' and X-Frame-Options DENY), nosniff, and HSTS only when the hub
 * is served over https (PUBLIC_URL), so a localhost install is never pinned to https.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import helmet from '@fastify/helmet';

type TNonceCarrier = ServerResponse & { edihubCspNonce?: string };

function nonceOf(res: TNonceCarrier): string {
  res.edihubCspNonce ??= randomBytes(16).toString('base64');
  return res.edihubCspNonce;
}

/** The nonce this response's CSP allows inline scripts with (created on first use). */
export function cspNonce(reply: FastifyReply): string {
  return nonceOf(reply.raw as TNonceCarrier);
}

export async function registerSecurityHeaders(app: FastifyInstance, opts: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'", (_req, res) => `'nonce-${nonceOf(res as TNonceCarrier)}'`],
        scriptSrcAttr: ["'none'"],
        // React style attributes and the API docs' inline styles; styles cannot run script.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(opts.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: opts.https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Cross-origin isolation headers would block nothing we serve but could break downloads opened elsewhere.
    crossOriginEmbedderPolicy: false,
  });
}
