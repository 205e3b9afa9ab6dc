/** Sentences for the events API's own error codes; anything else falls back to the app's generic texts. */
import type { TFunction } from 'i18next';
import { asApiError, errorText } from '../../shared/lib/errors';

export const EVENT_ERROR_CODES = [
  'registration_closed',
  'already_registered',
  'already_checked_in',
  'not_confirmed',
  'unknown_code',
  'cancellation_deadline_passed',
  'offer_expired',
  'invalid_state',
  'registrations_exist',
  'seats_exceed',
  'slug_taken',
  'event_not_over',
  'not_a_service',
  'outside_session_day',
] as const;

export function eventErrorText(t: TFunction, err: unknown): string {
  const e = asApiError(err);
  if ((EVENT_ERROR_CODES as readonly string[]).includes(e.code)) return t(`events.errors.${e.code}`);
  return errorText(t, err);
}
