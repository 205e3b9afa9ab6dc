/** Formatting per language, always in the hub's time zone (Europe/Sofia) so server and browser agree. */
import type { TLocale } from '../../../src/contract/common';
import { HUB_TIME_ZONE as TIME_ZONE } from '../../../src/domain/state-aid/calendar-date';

/** The hub's time zone, in which every date and time is shown. */
export { TIME_ZONE };

const INTL_LOCALE: Record<TLocale, string> = { bg: 'bg-BG', en: 'en-GB' };

export function intlLocale(locale: string): string {
  return INTL_LOCALE[(locale as TLocale) in INTL_LOCALE ? (locale as TLocale) : 'bg'];
}

/** A date and time such as "22.11.2025 г., 08:04" / "22 Nov 2025, 08:04". Empty for null/invalid. */
export function formatDateTime(value: string | Date | null | undefined, locale: string): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(d);
}

/** A calendar date in Sofia time. */
export function formatDate(value: string | Date | null | undefined, locale: string): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(d);
}

/** A plain number with grouping; up to two decimals (staff headcount may be fractional AWU). */
export function formatNumber(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);
}

/** A euro amount without cents. */
export function formatEuro(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);
}

/** A share given in percent (0..100), as the API sends ownership shares. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** Picks the Bulgarian or English name of a reference item; English falls back to Bulgarian. */
export function localName(item: { nameBg: string; nameEn?: string | null } | null | undefined, locale: string): string {
  if (!item) return '';
  return locale === 'en' ? item.nameEn || item.nameBg : item.nameBg;
}

/** The organisation's legal name in the UI language; English falls back to Bulgarian. */
export function orgName(org: { legalNameBg: string; legalNameEn?: string | null }, locale: string): string {
  return locale === 'en' ? org.legalNameEn || org.legalNameBg : org.legalNameBg;
}
