import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { services } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import type { TOrganisationType } from '../../../contract/common';
import { SERVICE_FAMILIES, type TServiceFamily, type TTechnologyArea } from '../../../contract/services/enums';
import { presentServiceSummary } from '../presenter';
import type { TServiceSummary } from '../../../contract/services';
import { SERVICE_COLUMNS } from '../repo';
import { loadServicePartners } from './load-service-partners';

export interface ListServicesOptions {
  q?: string;
  family?: TServiceFamily;
  technology?: TTechnologyArea;
  sector?: string;
  customerType?: TOrganisationType;
  /** Staff only (the route checks): list drafts too. */
  includeUnpublished: boolean;
  page: number;
  pageSize: number;
}

/** The words of a query as a prefix full-text query (`кибер:* & сигурност:*`), or null when it has none. */
function prefixQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `${w}:*`).join(' & ') : null;
}

/**
 * The catalogue: typo-tolerant search over both languages' titles and descriptions, filters, pages. A service with no
 * target sectors or customer types is open to all, so it matches any of them.
 *
 * The search is one condition on `search_text` (both languages' titles and descriptions, lower case) and its trigram
 * index: the services that contain the text, or — when none does — those with a word resembling it (pg_trgm word
 * similarity: a typo, a missing letter). Matches rank by the full-text document `search_vector` (a word of a title
 * before a word of a description), then by how closely a title resembles the text; rows and count are one statement.
 */
export async function listServices(
  executor: Executor,
  opts: ListServicesOptions,
): Promise<{ items: TServiceSummary[]; total: number; page: number; pageSize: number }> {
  const filters: SQL[] = [];
  if (!opts.includeUnpublished) filters.push(eq(services.published, true));
  if (opts.family) filters.push(eq(services.family, opts.family));
  if (opts.technology) filters.push(sql`${services.technologies} @> array[${opts.technology}]::text[]`);
  if (opts.sector)
    filters.push(sql`(cardinality(${services.sectors}) = 0 or ${opts.sector} = any(${services.sectors}))`);
  if (opts.customerType) {
    filters.push(
      sql`(cardinality(${services.customerTypes}) = 0 or ${opts.customerType} = any(${services.customerTypes}))`,
    );
  }
  const q = opts.q?.trim().replace(/\s+/g, ' ');
  if (!q) {
    const familyOrder = sql`array_position(array[${sql.raw(SERVICE_FAMILIES.map((f) => `'${f}'`).join(', '))}]::text[], ${services.family})`;
    return listPage(executor, and(...filters), [asc(familyOrder), asc(services.slug)], opts);
  }
  const tsQuery = prefixQuery(q);
  const rank = tsQuery ? sql`ts_rank(${services.searchVector}, to_tsquery('simple', ${tsQuery}))` : sql`0`;
  const titleLikeness = sql`word_similarity(lower(${q}), lower(${services.titleBg} || ' ' || ${services.titleEn}))`;
  const contains = sql`${services.searchText} like lower(${containsPattern(q)})`;
  const found = await listPage(
    executor,
    and(contains, ...filters),
    [desc(rank), desc(titleLikeness), asc(services.slug)],
    opts,
  );
  if (found.total > 0) return found;
  // Nothing contains the text: the services with a word that resembles it, best title first, then best text.
  const resembles = sql`${services.searchText} %> lower(${q})`;
  const textLikeness = sql`word_similarity(lower(${q}), ${services.searchText})`;
  return listPage(
    executor,
    and(resembles, ...filters),
    [desc(titleLikeness), desc(textLikeness), asc(services.slug)],
    opts,
  );
}

async function listPage(
  executor: Executor,
  where: SQL | undefined,
  orderBy: SQL[],
  opts: { page: number; pageSize: number },
): Promise<{ items: TServiceSummary[]; total: number; page: number; pageSize: number }> {
  // The order needs every match anyway (a rank, or the family order), so counting them in the same pass is free.
  const rows = await executor
    .select({ ...SERVICE_COLUMNS, n: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(services)
    .where(where)
    .orderBy(...orderBy)
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  let total = rows[0]?.n ?? 0;
  if (!rows.length && opts.page > 1)
    [{ total }] = await executor.select({ total: count() }).from(services).where(where);
  const partners = await loadServicePartners(
    executor,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentServiceSummary(r, partners.get(r.id) ?? [])),
    total,
    page: opts.page,
    pageSize: opts.pageSize,
  };
}
