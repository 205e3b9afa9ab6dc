import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { services } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import type { TOrganisationType } from '../../../contract/common';
import { SERVICE_FAMILIES, type TServiceFamily, type TTechnologyArea } from '../../../contract/services/enums';
import { presentServiceSummary } from '../presenter';
import type { TServiceSummary } from '../../../contract/services';
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

const TEXT_COLUMNS = [services.titleBg, services.titleEn, services.descriptionBg, services.descriptionEn];

/**
 * The catalogue: typo-tolerant search over both languages' titles and descriptions (a substring, or
 * a word similar to the query — pg_trgm word similarity, served by the trigram GIN indexes), filters,
 * pages. A service with no target sectors or customer types is open to all, so it matches any of them.
 */
export async function listServices(
  executor: Executor,
  opts: ListServicesOptions,
): Promise<{ items: TServiceSummary[]; total: number; page: number; pageSize: number }> {
  const filters: SQL[] = [];
  const q = opts.q?.trim();
  if (q) {
    // `column %> q` is `q <% column` (a word of the column resembles q), written so the index applies.
    filters.push(
      or(...TEXT_COLUMNS.map((c) => ilike(c, containsPattern(q))), ...TEXT_COLUMNS.map((c) => sql`${c} %> ${q}`))!,
    );
  }
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
  const where = filters.length ? and(...filters) : undefined;
  const familyOrder = sql`array_position(array[${sql.raw(SERVICE_FAMILIES.map((f) => `'${f}'`).join(', '))}]::text[], ${services.family})`;
  const order = q
    ? [
        desc(sql`greatest(word_similarity(${q}, ${services.titleBg}), word_similarity(${q}, ${services.titleEn}))`),
        desc(
          sql`greatest(word_similarity(${q}, ${services.descriptionBg}), word_similarity(${q}, ${services.descriptionEn}))`,
        ),
        asc(services.slug),
      ]
    : [asc(familyOrder), asc(services.slug)];

  const [rows, [{ total }]] = await Promise.all([
    executor
      .select()
      .from(services)
      .where(where)
      .orderBy(...order)
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize),
    executor.select({ total: count() }).from(services).where(where),
  ]);
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
