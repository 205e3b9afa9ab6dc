import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { serviceRequests, services } from '../../../platform/db/schema';
import { openStates, type TRequestState } from '../../../domain/services/request-state-machine';
import type { TServiceFamily } from '../../../contract/services/enums';
import { REQUEST_LIMITS } from '../request-input';
import { presentRequestSummary, type TRequestSummary } from '../presenter';
import { filterCondition, selectSummaries } from './request-summaries';

/** The board's columns: work still ahead, then what was delivered and waits to be closed. */
export const BOARD_STATES: readonly TRequestState[] = [...openStates, 'delivered'];

export interface TBoard {
  columns: { status: TRequestState; total: number; items: TRequestSummary[] }[];
}

/** Open and delivered requests by state, oldest first (the longest waiting on top), for hub staff. */
export async function loadRequestBoard(
  executor: Executor,
  filters: { partnerId?: string; family?: TServiceFamily },
): Promise<TBoard> {
  const base = filterCondition(filters);
  const totals = await executor
    .select({ status: serviceRequests.status, total: count() })
    .from(serviceRequests)
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .where(and(base, inArray(serviceRequests.status, [...BOARD_STATES])))
    .groupBy(serviceRequests.status);
  const columns = await Promise.all(
    BOARD_STATES.map(async (status) => {
      const rows = await selectSummaries(executor)
        .where(and(base, eq(serviceRequests.status, status)))
        .orderBy(asc(serviceRequests.createdAt), asc(serviceRequests.ref))
        .limit(REQUEST_LIMITS.boardColumnMax);
      return {
        status,
        total: totals.find((t) => t.status === status)?.total ?? 0,
        items: rows.map(presentRequestSummary),
      };
    }),
  );
  return { columns };
}
