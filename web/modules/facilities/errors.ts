/** Booking and facility errors in words: the codes the facilities API sends, with the generic texts as fallback. */
import type { TFunction } from 'i18next';
import type { TErrorCode } from '../../../src/contract/errors';
import { asApiError, errorText } from '../../shared/lib/errors';

export const FACILITY_ERROR_CODES = [
  'slot_taken',
  'outside_availability',
  'too_short',
  'too_long',
  'prerequisite_missing',
  'nda_missing',
  'invalid_transition',
  'aid_ceiling_exceeded',
  'declaration_required',
  'delivery_recorded',
] as const satisfies readonly TErrorCode[];

/** A sentence for an error of the facilities API; the server's own message follows for prerequisites and NDAs. */
export function facilityErrorText(t: TFunction, err: unknown): string {
  const e = asApiError(err);
  if ((FACILITY_ERROR_CODES as readonly string[]).includes(e.code)) return t(`facilities.errors.${e.code}`);
  return errorText(t, err);
}
