/** Typed application errors. They carry a stable code; HTTP mapping lives only in http/error-handler.ts. */
export type TErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  // A signed-in account whose e-mail address is not verified yet tried a write beyond the account itself.
  | 'email_not_verified'
  | 'not_found'
  | 'conflict'
  | 'duplicate_eik'
  | 'rate_limited'
  | 'aid_ceiling_exceeded'
  | 'declaration_required'
  | 'invalid_transition'
  | 'unsupported_file_type'
  | 'payload_too_large'
  // Events: registration refusals.
  | 'registration_closed'
  | 'cancellation_deadline_passed'
  // Facilities: booking refusals.
  | 'slot_taken'
  | 'outside_availability'
  | 'too_short'
  | 'too_long'
  | 'prerequisite_missing'
  | 'nda_missing'
  // Events: check-in refusals.
  | 'already_checked_in'
  | 'not_confirmed'
  // Events: a second registration, attendance recorded before the end or for no service; a booking already delivered.
  | 'already_registered'
  | 'event_not_over'
  | 'not_a_service'
  | 'delivery_recorded'
  // Requests: acceptance with nobody to deliver; a comment or file on a finished request.
  | 'no_expert_available'
  | 'request_closed'
  // Events: a check-in on another day than the session's, without a reason.
  | 'outside_session_day'
  // A write from an origin the hub does not serve (CSRF guard, src/platform/http/origins.ts).
  | 'invalid_origin';

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A 400 that names the offending field. */
export function fieldError(field: string, message: string, code = 'invalid'): AppError {
  return new AppError('validation_failed', message, { fields: [{ field, code, message }] });
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Sign in first');
