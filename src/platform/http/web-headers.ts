import type { IncomingHttpHeaders } from 'node:http';

/** Node request headers as a Web `Headers` object (better-auth speaks the Fetch API), minus `omit`. */
export function toWebHeaders(source: IncomingHttpHeaders, omit: readonly string[] = []): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined || omit.includes(key)) continue;
    headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}
