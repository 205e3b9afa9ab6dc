/**
 * The error codes the API sends, each with its HTTP status. The platform's own codes are here; each capability adds
 * its codes in `contract/<capability>/errors.ts` by merging into `TErrorStatusRegistry` (TypeScript declaration
 * merging), so the union below grows without this file naming any capability. Server and web both import it: a web
 * error map typed against `TErrorCode` fails `tsc` when it waits for a code the server does not send.
 */
export const PLATFORM_ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  // A signed-in account whose e-mail address is not verified yet tried a write beyond the account itself.
  email_not_verified: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  invalid_transition: 409,
  unsupported_file_type: 400,
  payload_too_large: 413,
  // A write from an origin the hub does not serve (CSRF guard, src/platform/http/origins.ts).
  invalid_origin: 403,
  // /api/ready: the database does not answer or its migrations are behind the code.
  not_ready: 503,
} as const;

/** code → HTTP status. Capabilities merge their own entries into this interface. */
export interface TErrorStatusRegistry extends Record<keyof typeof PLATFORM_ERROR_STATUS, number> {}

export type TErrorCode = keyof TErrorStatusRegistry;

/** The body of every error response. */
export interface TErrorBody {
  error: { code: string; message: string; details?: unknown };
}
