/**
 * Which browser origins may write: PUBLIC_URL, and the addresses the server itself listens on
 * (http://localhost:PORT and http://127.0.0.1:PORT when it listens on every interface or the loopback),
 * so signing in on http://127.0.0.1:3000 works as well as on http://localhost:3000. better-auth's
 * trustedOrigins and the /api/v1 write guard share this one list.
 */
import type { FastifyRequest } from 'fastify';
import type { TConfig } from '../../config';
import { AppError } from '../errors';
import { UNSAFE_METHODS } from './authorize';

const WILDCARD_OR_LOOPBACK = new Set(['0.0.0.0', '::', '[::]', 'localhost', '127.0.0.1', '::1', '[::1]']);

export function trustedOrigins(config: Pick<TConfig, 'publicUrl' | 'PORT' | 'HOST'>): string[] {
  const origins = new Set<string>([new URL(config.publicUrl).origin]);
  const port = config.PORT;
  if (WILDCARD_OR_LOOPBACK.has(config.HOST)) {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) origins.add(`http://${host}:${port}`);
  } else {
    const host = config.HOST.includes(':') && !config.HOST.startsWith('[') ? `[${config.HOST}]` : config.HOST;
    origins.add(new URL(`http://${host}:${port}`).origin);
  }
  return [...origins];
}

/** better-auth's session cookie (cookiePrefix "edihub"; __Secure- on https). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?edihub\.session_token=/;

export function hasSessionCookie(cookie: string | undefined): boolean {
  return !!cookie && SESSION_COOKIE.test(cookie);
}

/**
 * The /api/v1 CSRF guard. An unsafe request with an Origin must come from a trusted one. Without an Origin
 * (browsers always send one on cross-origin writes, but not every browser on same-origin ones), a request
 * that carries the session cookie passes only when the browser states `Sec-Fetch-Site: same-origin`;
 * clients without the session cookie are not riding on anyone's session and pass to the policies.
 */
export function checkWriteOrigin(request: FastifyRequest, trusted: ReadonlySet<string>): void {
  if (!UNSAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (!trusted.has(origin)) throw new AppError('invalid_origin', 'Cross-origin request refused');
    return;
  }
  if (hasSessionCookie(request.headers.cookie) && request.headers['sec-fetch-site'] !== 'same-origin') {
    throw new AppError(
      'invalid_origin',
      'A write with the session cookie needs an Origin header or Sec-Fetch-Site: same-origin',
    );
  }
}
