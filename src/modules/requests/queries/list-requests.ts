import { and, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisations, serviceRequests, services } from '../../../platform/db/schema';
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

/** The requests the actor may see, newest first, filtered and paginated. */
export async function listRequests(
  executor: Executor,
  opts: ListRequestsOptions,
): Promise<{ items: TRequestSummary[]; total: number; page: number; pageSize: number }> {
  const where = and(visibleTo(opts.actor, opts.all), filterCondition(opts));
  const [rows, [{ total }]] = await Promise.all([
    selectSummaries(executor)
      .where(where)
      .orderBy(desc(serviceRequests.createdAt), desc(serviceRequests.ref))
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize),
    executor
      .select({ total: count() })
      .from(serviceRequests)
      .innerJoin(organisations, eq(organisations.id, serviceRequests.organisationId))
      .innerJoin(services, eq(services.id, serviceRequests.serviceId))
      .where(where),
  ]);
  return { items: rows.map(presentRequestSummary), total, page: opts.page, pageSize: opts.pageSize };
}
