import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { serviceRequests, services } from '../../../platform/db/schema';
import { rowsOf } from '../../../platform/db/sql-helpers';
import { openStates, type TRequestState } from '../../../domain/services/request-state-machine';
import { LIMITS } from '../../../contract/common';
import type { TServiceFamily } from '../../../contract/services/enums';
import { REQUEST_LIMITS } from '../request-input';
import { presentRequestSummary, type TRequestSummary, type TSummaryRow } from '../presenter';
import { filterCondition, selectAliasedSummaries } from './request-summaries';

/** The board's columns: work still ahead, then what was delivered and waits to be closed. */
export const BOARD_STATES: readonly TRequestState[] = [...openStates, 'delivered'];

export interface TBoard {
  columns: { status: TRequestState; total: number; totalCapped: boolean; items: TRequestSummary[] }[];
}

type TRawRow = { [K in keyof TSummaryRow]: unknown } & { boardStatus: TRequestState; total: number | string };

/**
 * Open and delivered requests by state, oldest first (the longest waiting on top), for hub staff.
 *
 * It reads only what it shows, in one statement: for each state, the column's index (`service_requests_board_idx`:
 * state, then age) is walked as far as the column shows, with the summaries joined to those rows only, and counted up
 * to LIMITS.totalCap (`totalCapped`: more than that).
 */
export async function loadRequestBoard(
  executor: Executor,
  filters: { partnerId?: string; family?: TServiceFamily },
): Promise<TBoard> {
  const inColumn = and(filterCondition(filters), sql`${serviceRequests.status} = st.status`);
  const requests = executor
    .select({ one: sql`1` })
    .from(serviceRequests)
    .$dynamic();
  // The count joins the service only to filter by its family.
  const counted = (filters.family ? requests.innerJoin(services, eq(services.id, serviceRequests.serviceId)) : requests)
    .where(inColumn)
    .limit(LIMITS.totalCap + 1);
  const shown = selectAliasedSummaries(executor)
    .where(inColumn)
    .orderBy(asc(serviceRequests.createdAt), asc(serviceRequests.ref))
    .limit(REQUEST_LIMITS.boardColumnMax);
  const states = sql.join(
    BOARD_STATES.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = rowsOf<TRawRow>(
    await executor.execute(sql`
      select st.status as "boardStatus", (select count(*)::int from (${counted}) as c) as total, item.*
      from unnest(array[${states}]::text[]) with ordinality as st(status, ord)
      left join lateral (${shown}) as item on true
      order by st.ord, item."createdAt", item."ref"`),
  );
  return {
    columns: BOARD_STATES.map((status) => {
      const mine = rows.filter((r) => r.boardStatus === status);
      const total = Number(mine[0]?.total ?? 0);
      return {
        status,
        total: Math.min(total, LIMITS.totalCap),
        totalCapped: total > LIMITS.totalCap,
        items: mine.filter((r) => r.id !== null).map((r) => presentRequestSummary(summaryOf(r))),
      };
    }),
  };
}

/** A raw row as the summary's types (the drivers differ: timestamps and dates as text or Date, int8 as text). */
function summaryOf(r: TRawRow): TSummaryRow {
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v as string | null));
  return {
    ...(r as unknown as TSummaryRow),
    ref: Number(r.ref),
    quantity: Number(r.quantity),
    createdAt: new Date(r.createdAt as string | Date),
    updatedAt: new Date(r.updatedAt as string | Date),
    grantDate: r.grantDate === null ? null : day(r.grantDate),
  };
}
