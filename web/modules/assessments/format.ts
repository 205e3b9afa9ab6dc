/** How score changes read on screen: one decimal (half up, as exported), the locale's decimal sign, a real minus. */
import { roundScore } from '../../../src/domain/dma/scoring';
import { intlLocale } from '../../lib/format';

const oneDecimal = (locale: string) => new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

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
