/**
 * The PostgreSQL error code (SQLSTATE) and constraint name of a failed statement. Drizzle wraps the driver's error
 * (node-postgres or PGlite) and keeps it as `cause`; a bare driver error carries them itself.
 */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string } {
  const e = (err ?? {}) as {
    code?: unknown;
    constraint?: unknown;
    cause?: { code?: unknown; constraint?: unknown } | null;
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { code: text(e.cause?.code) ?? text(e.code), constraint: text(e.cause?.constraint) ?? text(e.constraint) };
}
