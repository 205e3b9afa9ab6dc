/** How score changes read on screen: one decimal (half up, as exported), the locale's decimal sign, a real minus. */
import { roundScore } from '../../../src/domain/dma/scoring';
import { intlLocale } from '../../shared/lib/format';

const oneDecimal = (locale: string) =>
  new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * A signed change such as "+3,2" or "−1,0". The magnitude is rounded half up, so a change and its
 * opposite read the same apart from the sign; anything that rounds to zero reads "0,0" without a sign.
 */
export function formatChange(change: number, locale: string): string {
  const magnitude = roundScore(Math.abs(change));
  const text = oneDecimal(locale).format(magnitude);
  if (magnitude === 0) return text;
  return change > 0 ? `+${text}` : `\u2212${text}`;
}

/**
 * A number of the reconciliation table as it stands (the file's value, or a difference from it): at least
 * one decimal, and every decimal it has up to four, so "theirs − ours = difference" reads true on screen.
 */
export function formatExact(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 4 }).format(
    value,
  );
}

/** A difference as it stands, signed: "+0.51", "−0.6" (a true minus). */
export function formatExactChange(value: number, locale: string): string {
  const text = formatExact(Math.abs(value), locale);
  if (value > 0) return `+${text}`;
  if (value < 0) return `\u2212${text}`;
  return text;
}

/** The direction of a change once rounded for display: up, down or none. */
export function changeDirection(change: number): 'up' | 'down' | 'none' {
  if (roundScore(Math.abs(change)) === 0) return 'none';
  return change > 0 ? 'up' : 'down';
}

/** One page of a list paged in the browser (the reconciliation table); page is clamped to the last page. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { items: T[]; page: number } {
  const last = Math.max(1, Math.ceil(items.length / pageSize));
  const p = Math.min(Math.max(1, Math.floor(page) || 1), last);
  return { items: items.slice((p - 1) * pageSize, p * pageSize), page: p };
}
