/**
 * Sentences for the request API's own error codes (state machine, aid ceiling, files). The aid ceiling
 * refusal is rebuilt from its details so it reads in the UI language with amounts formatted for it.
 */
import type { TFunction } from 'i18next';
import { formatEur } from '../../../src/domain/state-aid/money';
import type { TLocale } from '../../../src/contract/common';
import type { TErrorCode } from '../../../src/contract/errors';
import { asApiError, errorText } from '../../shared/lib/errors';

export const REQUEST_ERROR_CODES = [
  'invalid_transition',
  'reason_required',
  'expert_required',
  'expert_not_of_partner',
  'declaration_required',
  'unsupported_file_type',
  'file_too_large',
  'no_expert_available',
  'request_closed',
] as const;

/** The refusals that send staff to the organisation's aid: the link goes with the message. */
export const AID_ERROR_CODES = [
  'aid_ceiling_exceeded',
  'declaration_required',
] as const satisfies readonly TErrorCode[];

export interface TCeilingDetails {
  ceilingCents: number;
  usedCents: number;
  remainingCents: number;
  amountCents: number;
}

function ceilingDetails(details: unknown): TCeilingDetails | null {
  const d = details as Partial<TCeilingDetails> | null | undefined;
  if (!d) return null;
  const keys = ['ceilingCents', 'usedCents', 'remainingCents', 'amountCents'] as const;
  return keys.every((k) => typeof d[k] === 'number' && Number.isSafeInteger(d[k])) ? (d as TCeilingDetails) : null;
}

/** True when the error is one of the aid refusals (the UI adds a link to the organisation's journey). */
export function isAidRefusal(err: unknown): boolean {
  return (AID_ERROR_CODES as readonly string[]).includes(asApiError(err).code);
}

/** A translated sentence for an error of the request screens. */
export function requestErrorText(t: TFunction, locale: TLocale, err: unknown): string {
  const e = asApiError(err);
  if (e.code === 'aid_ceiling_exceeded') {
    const d = ceilingDetails(e.details);
    // Without the figures the server's own sentence (which states the headroom) is the best there is.
    if (!d) return e.message;
    return t('requests.errors.aid_ceiling_exceeded', {
      amount: formatEur(d.amountCents, locale),
      remaining: formatEur(Math.max(0, d.remainingCents), locale),
      used: formatEur(d.usedCents, locale),
      ceiling: formatEur(d.ceilingCents, locale),
    });
  }
  if (e.status === 413) return t('requests.errors.file_too_large');
  if ((REQUEST_ERROR_CODES as readonly string[]).includes(e.code)) return t(`requests.errors.${e.code}`);
  return errorText(t, err);
}
