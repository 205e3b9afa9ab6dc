/**
 * Money in the ledger is an integer number of euro cents: sums of many grants must be exact, and a ceiling
 * check must never be decided by a floating-point remainder.
 */
import type { TLocale } from '../../contract/common';

/** Throws unless `value` is a whole, non-negative number of cents (a programming or data error, not user input). */
export function assertCents(value: number, label: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${label} must be a whole, non-negative number of cents, got ${value}`);
}

/** Cents as a decimal string with two places and no grouping, e.g. 123456 → "1234.56", −5 → "-0.05". */
export function centsToDecimal(cents: number): `${number}` {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}` as `${number}`;
}

const INTL_LOCALE: Record<TLocale, string> = { bg: 'bg-BG', en: 'en-GB' };

/**
 * A euro amount for people, e.g. "1 234,56 €" (bg) / "€1,234.56" (en). The decimal string goes to Intl as is
 * (Intl.NumberFormat accepts decimal strings), so no binary fraction can shift a cent.
 */
export function formatEur(cents: number, locale: TLocale): string {
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return format.format(centsToDecimal(cents));
}
