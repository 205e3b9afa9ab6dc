/** Picking the UI language's text of a service, and its money lines. */
import type { TFunction } from 'i18next';
import type { TValueUnit } from '../../../src/contract/services/enums';
import { formatCents } from './money';

export const serviceTitle = (s: { titleBg: string; titleEn: string }, locale: string): string =>
  locale === 'en' ? s.titleEn : s.titleBg;

export const serviceDescription = (s: { descriptionBg: string; descriptionEn: string }, locale: string): string =>
  locale === 'en' ? s.descriptionEn : s.descriptionBg;

/** The description's paragraphs (an empty line separates them). */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** "€450 per day", "€6,000 for the whole service". */
export function amountPerUnit(t: TFunction, cents: number, unit: TValueUnit, locale: string): string {
  return t(`services.units.${unit}`, { amount: formatCents(cents, locale) });
}

/** What the customer pays: "Free of charge" for 0, else the amount per unit. */
export function priceText(t: TFunction, cents: number, unit: TValueUnit, locale: string): string {
  return cents === 0 ? t('services.card.free') : amountPerUnit(t, cents, unit, locale);
}
