/**
 * Bounded pages for large lists: a count that stops at LIMITS.totalCap (beyond it the page says `totalCapped`), pages
 * that stop there too, and the page's rows and count read in one statement.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { LIMITS } from '../../contract/common';
import { fieldError } from '../errors';
import type { Executor } from './client';
import { rowsOf } from './sql-helpers';

/** Pages stop at the counted matches: a page that starts beyond LIMITS.totalCap is refused (400). */
export function assertPageWithinCap(page: number, pageSize: number): void {
  if ((page - 1) * pageSize >= LIMITS.totalCap) {
    throw fieldError(
      'page',
      `pages stop at the first ${LIMITS.totalCap} matches: narrow the search or the filters`,
      'beyond_cap',
    );
  }
}

/**
 * The number of rows `matches` (any select) yields, counted up to LIMITS.totalCap + 1: a scalar subquery the page's
 * own select carries as a column, so rows and count come in one statement.
 */
export function cappedCount(matches: SQLWrapper): SQL<number> {
  return sql<number>`(select count(*)::int from (${matches} limit ${LIMITS.totalCap + 1}) as capped)`.mapWith(Number);
}

/** `total` and `totalCapped` of a count made by `cappedCount`. */
export function pageTotal(counted: number): { total: number; totalCapped: boolean } {
  return counted > LIMITS.totalCap
    ? { total: LIMITS.totalCap, totalCapped: true }
    : { total: counted, totalCapped: false };
}

/**
 * The total of a page whose rows carry the count (`n`): an empty page beyond the first has no row to carry it, so
 * then the count is asked on its own.
 */
export async function totalOfPage(
  executor: Executor,
  rows: readonly { n: number }[],
  page: number,
  count: SQL<number>,
): Promise<{ total: number; totalCapped: boolean }> {
  if (rows.length) return pageTotal(rows[0].n);
  if (page === 1) return pageTotal(0);
  const [row] = rowsOf<{ n: number | string }>(await executor.execute(sql`select ${count} as n`));
  return pageTotal(Number(row.n));
}
