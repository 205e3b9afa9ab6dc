/** The browser's way to the API: same origin, session cookie, JSON both ways, one error type. */

export interface TFieldError {
  field: string;
  code: string;
  message: string;
}

/** An API failure with its HTTP status and the stable code from the error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: TFieldError[] = [],
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Reads an error body in either shape the server sends: our envelope `{error:{code,message,details}}`
 * or better-auth's `{code, message}`. Anything else becomes a code derived from the status.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const b = (body ?? {}) as Record<string, unknown>;
  const envelope = b.error && typeof b.error === 'object' ? (b.error as Record<string, unknown>) : null;
  const source = envelope ?? b;
  const code =
    typeof source.code === 'string' && source.code
      ? source.code
      : status === 429
        ? 'rate_limited'
        : status === 401
          ? 'unauthenticated'
          : status === 403
            ? 'forbidden'
            : status === 404
              ? 'not_found'
              : status >= 500 || status === 0
                ? 'internal'
                : 'bad_request';
  const message = typeof source.message === 'string' ? source.message : `HTTP ${status}`;
  const details = envelope ? envelope.details : undefined;
  const rawFields = (details as { fields?: unknown } | undefined)?.fields;
  const fields = Array.isArray(rawFields)
    ? rawFields
        .filter((f): f is TFieldError => !!f && typeof (f as TFieldError).field === 'string')
        .map((f) => ({ field: f.field, code: String(f.code ?? 'invalid'), message: String(f.message ?? '') }))
    : [];
  return new ApiError(status, code, message, fields, details);
}

/** A JSON response as the SSR renderer and loaders see it: never throws on HTTP errors. */
export type TFetchJson = (path: string) => Promise<{ status: number; body: unknown }>;

/** fetchJson for the browser (used by route loaders after the first page). */
export const browserFetchJson: TFetchJson = async (path) => {
  try {
    const res = await fetch(path, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    const text = await res.text();
    return { status: res.status, body: text ? safeParse(text) : null };
  } catch {
    return { status: 0, body: null };
  }
};

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Sends a request and returns the parsed JSON body; throws ApiError on a non-2xx answer or no network. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Network error');
  }
  const text = await res.text();
  const parsed = text ? safeParse(text) : null;
  if (!res.ok) throw toApiError(res.status, parsed);
  return parsed as T;
}

export const apiGet = <T>(path: string) => api<T>('GET', path);

/** Builds `path?query` from an object, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
