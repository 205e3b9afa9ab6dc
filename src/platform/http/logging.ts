/**
 * Structured logs (Fastify's pino) with a request id on every line, and no personal data: the logged URL is the path
 * without its query (searches, tokens and e-mail addresses travel in queries), no client address or headers, and a
 * failed query's parameters (drizzle puts them in the error message) are cut from errors.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

type TReqLike = { id?: string; method?: string; url?: string };

export function pathOnly(url: string | undefined): string {
  if (!url) return '';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/** A caller's X-Request-Id is kept when it is a plain token (a proxy's id ties its log to ours), else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

type TLoggedError = { type: string; message: string; stack: string; [key: string]: unknown };

const cutParams = (text: string) => text.replace(/\nparams: [^\n]*/g, '\nparams: [omitted]');

/** An error as a log field: name, message, stack, code and cause — a failed query's parameters cut out. */
export function scrubError(err: unknown): TLoggedError {
  const e = err instanceof Error ? err : new Error(String(err));
  const out: TLoggedError = { type: e.name, message: cutParams(e.message), stack: cutParams(e.stack ?? '') };
  const code = (e as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  if (e.cause !== undefined) out.cause = scrubError(e.cause);
  return out;
}

export const LOG_SERIALIZERS = {
  req: (req: TReqLike) => ({ id: req.id, method: req.method, url: pathOnly(req.url) }),
  res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
  err: scrubError,
};
