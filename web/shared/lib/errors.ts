/** Turns API errors into translated sentences: by code, with a generic fallback for codes we do not know. */
import type { TFunction } from 'i18next';
import { ApiError, type TFieldError } from './api';

/** Error codes (ours and better-auth's) that have their own sentence under `errors.codes.*`. */
export const KNOWN_ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'email_not_verified',
  'password_too_common',
  'not_found',
  'conflict',
  'duplicate_eik',
  'rate_limited',
  'internal',
  'network',
  'USER_ALREADY_EXISTS',
  'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL',
  'INVALID_EMAIL_OR_PASSWORD',
  'INVALID_EMAIL',
  'INVALID_PASSWORD',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_COMPROMISED',
  'INVALID_TOKEN',
  'EMAIL_NOT_VERIFIED',
  'FAILED_TO_CREATE_USER',
  'USER_NOT_FOUND',
  'ACCOUNT_DEACTIVATED',
] as const;

/** A write refused for the page's origin (better-auth's codes and our CSRF guard's): one sentence, `errors.codes.origin`. */
export const ORIGIN_ERROR_CODES = [
  'INVALID_ORIGIN',
  'MISSING_OR_NULL_ORIGIN',
  'CROSS_SITE_NAVIGATION_LOGIN_BLOCKED',
  'invalid_origin',
] as const;

/** Field error codes with their own sentence under `errors.fields.*`. */
export const KNOWN_FIELD_CODES = [
  'required',
  'checksum',
  'unknown',
  'format',
  'range',
  'invalid',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_type',
  'invalid_value',
  'duplicate_eik',
  'self_link',
  'share_range',
  'shares_exceed_100',
  'control_cycle',
  'unrelated',
] as const;

/** Normalises anything thrown into an ApiError. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, 'internal', err instanceof Error ? err.message : String(err));
}

/** The translation key of an error: 429 is always "too many attempts"; unknown codes get the generic sentence. */
export function errorKey(err: unknown): string {
  const e = asApiError(err);
  if (e.status === 429) return 'errors.codes.rate_limited';
  if ((ORIGIN_ERROR_CODES as readonly string[]).includes(e.code)) return 'errors.codes.origin';
  if ((KNOWN_ERROR_CODES as readonly string[]).includes(e.code)) return `errors.codes.${e.code}`;
  if (e.status === 401) return 'errors.codes.unauthenticated';
  if (e.status === 403) return 'errors.codes.forbidden';
  if (e.status === 404) return 'errors.codes.not_found';
  return 'errors.generic';
}

/** A translated sentence for an API error. */
export function errorText(t: TFunction, err: unknown): string {
  return t(errorKey(err));
}

/** A translated sentence for one field's error. */
export function fieldErrorText(t: TFunction, fe: Pick<TFieldError, 'code'>): string {
  const code = (KNOWN_FIELD_CODES as readonly string[]).includes(fe.code) ? fe.code : 'invalid';
  return t(`errors.fields.${code}`);
}

/**
 * Maps a 400/409 to per-field messages, so the form can show each next to its input. A field
 * the form does not show ends up in `rest`; the caller shows those in the summary.
 */
export function fieldErrorsOf(
  t: TFunction,
  err: unknown,
  known: readonly string[],
): { fields: Record<string, string>; rest: string[] } {
  const e = asApiError(err);
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const fe of e.fields) {
    const name = fe.field.split('.')[0];
    const text = fieldErrorText(t, fe);
    if (known.includes(name) && !fields[name]) fields[name] = text;
    else rest.push(text);
  }
  return { fields, rest };
}

/** True when a page's record is not there for the user: a 404, or an id the API rejects as malformed. */
export function meansNotFound(error: unknown): boolean {
  const e = asApiError(error);
  return e.status === 404 || e.code === 'bad_request' || e.code === 'validation_failed';
}
