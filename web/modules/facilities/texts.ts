/** Bilingual titles and money texts of facilities in the UI language. */
import type { TFunction } from 'i18next';
import { formatCents } from '../services/money';

type TBilingual = { titleBg: string; titleEn: string } | { bg: string; en: string } | string;

/** The English or Bulgarian title; English falls back to Bulgarian. Accepts either pair shape the API uses. */
export function localTitle(value: TBilingual, locale: string): string {
  if (typeof value === 'string') return value;
  const [bg, en] = 'titleBg' in value ? [value.titleBg, value.titleEn] : [value.bg, value.en];
  return locale === 'en' ? en || bg : bg;
}

/** "€60 / hour", or "free" for a price of zero. */
export function perHour(t: TFunction, cents: number, locale: string, free = false): string {
  if (free && cents === 0) return t('facilities.money.free');
  return t('facilities.money.perHour', { amount: formatCents(cents, locale) });
}
