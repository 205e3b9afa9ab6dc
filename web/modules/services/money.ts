/** Euro amounts of the catalogue: cents from the API, euros in forms and on the page. */
import { intlLocale } from '../../shared/lib/format';

/** "€6,000" / "6000 €", with cents only when there are some. */
export function formatCents(cents: number, locale: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/**
 * Cents from what a person types as euros: "6000", "6 000", "6.000,50", "6,000.50", "45,5".
 * The last "," or "." followed by one or two digits is the decimal mark; other marks and spaces
 * group thousands. Null when it is not an amount.
 */
export function parseEuros(input: string): number | null {
  const s = input.replace(/[\s\u00a0\u202f€]/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/.exec(s)!;
  const [, intPart, decimals = ''] = m;
  // Thousands marks only between groups of three digits.
  if (!/^\d+$|^\d{1,3}(?:[.,]\d{3})+$/.test(intPart)) return null;
  const digits = intPart.replace(/[.,]/g, '');
  if (digits.length > 10) return null;
  return Number(digits) * 100 + (decimals ? Number(decimals.padEnd(2, '0')) : 0);
}

/** Euros for a form field from cents: "6000", "45.50" (no grouping, so it parses back). */
export function centsToInput(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
