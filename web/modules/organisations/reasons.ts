/** Explanations of an SME assessment: reason codes from the server become sentences in the UI language. */
import type { TFunction } from 'i18next';
import { SME_CATEGORIES } from '../../../src/contract/common';
import { SME_REASON_CODES } from '../../../src/domain/sme';
import { formatEuro, formatNumber, formatPercent } from '../../shared/lib/format';
import type { TSmeReason } from '../../../src/contract/organisations';

const CATEGORY_PARAMS = new Set(['category', 'from', 'to', 'yearCategory']);
const ENTERPRISE_PARAMS = new Set(['id', 'via', 'partnerId', 'name']);
const MONEY_PARAMS = new Set(['turnover', 'balanceSheet']);

/**
 * Formats a reason's parameters for interpolation: categories translated, money in euro, shares in
 * percent, enterprise ids replaced by names when the caller knows them.
 */
export function reasonParams(
  reason: TSmeReason,
  t: TFunction,
  locale: string,
  nameOf: (id: string) => string | undefined = () => undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  const moneyCeiling = reason.code.startsWith('turnover_') || reason.code.startsWith('balance_');
  for (const [key, raw] of Object.entries(reason.params ?? {})) {
    if (CATEGORY_PARAMS.has(key) && typeof raw === 'string' && (SME_CATEGORIES as readonly string[]).includes(raw)) {
      out[key] = t(`sme.categories.${raw}`);
    } else if (ENTERPRISE_PARAMS.has(key)) {
      out[key] = nameOf(String(raw)) ?? String(raw);
    } else if (MONEY_PARAMS.has(key) && typeof raw === 'number') {
      out[key] = formatEuro(raw, locale);
    } else if (key === 'ceiling' && typeof raw === 'number') {
      out[key] = moneyCeiling ? formatEuro(raw, locale) : formatNumber(raw, locale);
    } else if (key === 'share' && typeof raw === 'number') {
      out[key] = formatPercent(raw, locale);
    } else if (key === 'years' && Array.isArray(raw)) {
      out[key] = (raw as unknown[]).join(', ');
    } else if (key.toLowerCase().includes('year')) {
      out[key] = String(raw);
    } else {
      out[key] = typeof raw === 'number' ? formatNumber(raw, locale) : String(raw);
    }
  }
  return out;
}

/** The sentence for one reason, with a generic fallback for codes this version does not know. */
export function reasonText(
  reason: TSmeReason,
  t: TFunction,
  locale: string,
  nameOf?: (id: string) => string | undefined,
): string {
  const params = reasonParams(reason, t, locale, nameOf);
  if ((SME_REASON_CODES as readonly string[]).includes(reason.code)) return t(`sme.reasons.${reason.code}`, params);
  return t('sme.reasons.unknown', { code: reason.code });
}
