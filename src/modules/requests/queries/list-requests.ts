import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisations, serviceRequests, services } from '../../../platform/db/schema';
import { assertPageWithinCap, cappedCount, totalOfPage } from '../../../platform/db/paging';
import type { TActor } from '../../../platform/http/actor';
import { presentRequestSummary, type TRequestSummary } from '../presenter';
import { filterCondition, selectSummaries, visibleTo, type TRequestFilters } from './request-summaries';

export interface ListRequestsOptions extends TRequestFilters {
  actor: TActor;
  /** Hub staff see every request. */
  all: boolean;
  page: number;
  pageSize: number;
}

/**
 * The requests the actor may see, newest first, filtered and paginated: the page walks the newest-first index as far
 * as it shows, and the count (in the same statement) stops at LIMITS.totalCap (`totalCapped`), as do the pages.
 */
export async function listRequests(
  executor: Executor,
  opts: ListRequestsOptions,
): Promise<{ items: TRequestSummary[]; total: number; totalCapped: boolean; page: number; pageSize: number }> {
  assertPageWithinCap(opts.page, opts.pageSize);
  const where = and(visibleTo(opts.actor, opts.all), filterCondition(opts));
  const count = cappedCount(
    executor
      .select({ one: sql`1` })
      .from(serviceRequests)
      .innerJoin(organisations, eq(organisations.id, serviceRequests.organisationId))
      .innerJoin(services, eq(services.id, serviceRequests.serviceId))
      .where(where),
  );
  const rows = await selectSummaries(executor, { n: count })
    .where(where)
    .orderBy(desc(serviceRequests.createdAt), desc(serviceRequests.ref))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  const total = await totalOfPage(executor, rows, opts.page, count);
  return { items: rows.map(presentRequestSummary), ...total, page: opts.page, pageSize: opts.pageSize };
}
