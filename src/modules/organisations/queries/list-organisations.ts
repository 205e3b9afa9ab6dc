import { and, asc, desc, eq, exists, or, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationMembers, organisations, organisationSearchName } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import { assertPageWithinCap, cappedCount, pageTotal, totalOfPage } from '../../../platform/db/paging';
import { LIMITS, type TOrganisationType } from '../../../contract/common';
import type { TOrganisationSummary } from '../../../contract/organisations';
import { presentOrganisationSummary } from '../presenter';

export interface ListOrganisationsOptions {
  q?: string;
  type?: TOrganisationType;
  nuts2?: string;
  oblast?: string;
  sector?: string;
  partner?: boolean;
  /** Restrict to the organisations this user is a member of. */
  memberUserId?: string;
  sort: 'name' | 'created' | 'relevance';
  page: number;
  pageSize: number;
}

type TPage = { items: TOrganisationSummary[]; total: number; totalCapped: boolean; page: number; pageSize: number };

const SUMMARY = {
  id: organisations.id,
  legalNameBg: organisations.legalNameBg,
  legalNameEn: organisations.legalNameEn,
  type: organisations.type,
  country: organisations.country,
  eik: organisations.eik,
  city: organisations.city,
  oblast: organisations.oblast,
  nuts2: organisations.nuts2,
  sector: organisations.sector,
  isPartner: organisations.isPartner,
  createdAt: organisations.createdAt,
};

/**
 * The name conditions of a search, tried in turn until one finds something: the names (either language) that contain
 * the text — or an EIK that starts with it —, then the names with a word that resembles it (pg_trgm strict word
 * similarity: a typo, a missing letter). Each is one condition on the lower-case name expression of both languages
 * (`organisationSearchName`), served by its one trigram index.
 */
function nameConditions(q: string): SQL[] {
  const text = q.replace(/\s+/g, ' ');
  const digits = q.replace(/\s+/g, '').replace(/^BG/i, '');
  const contains = sql`${organisationSearchName} like lower(${containsPattern(text)})`;
  return [
    /^\d{3,13}$/.test(digits) ? or(contains, sql`${organisations.eik} like ${digits + '%'}`)! : contains,
    // Strict word similarity (whole words; pg_trgm's threshold 0.5): one wrong or missing letter in a short word of
    // a name still finds it, where plain word similarity (0.6) would not.
    sql`${organisationSearchName} %>> lower(${text})`,
  ];
}

/**
 * The searchable, filterable, paginated registry. Search is typo-tolerant (pg_trgm) and matches EIK prefixes. The
 * count stops at LIMITS.totalCap (`totalCapped`) and so do the pages; rows and count are one statement.
 */
export async function listOrganisations(executor: Executor, opts: ListOrganisationsOptions): Promise<TPage> {
  assertPageWithinCap(opts.page, opts.pageSize);
  const filters: SQL[] = [];
  if (opts.type) filters.push(eq(organisations.type, opts.type));
  if (opts.nuts2) filters.push(eq(organisations.nuts2, opts.nuts2));
  if (opts.oblast) filters.push(eq(organisations.oblast, opts.oblast));
  if (opts.sector) filters.push(eq(organisations.sector, opts.sector));
  if (opts.partner !== undefined) filters.push(eq(organisations.isPartner, opts.partner));
  if (opts.memberUserId) {
    filters.push(
      exists(
        executor
          .select({ one: sql`1` })
          .from(organisationMembers)
          .where(
            and(
              eq(organisationMembers.organisationId, organisations.id),
              eq(organisationMembers.userId, opts.memberUserId),
            ),
          ),
      ),
    );
  }
  const q = opts.q?.trim();
  if (!q) return listPage(executor, and(...filters), order(opts.sort), opts);
  const conditions = nameConditions(q);
  let result: TPage | undefined;
  for (const name of conditions) {
    result = await searchPage(executor, and(name, ...filters)!, q, opts);
    if (result.total > 0) break;
  }
  return result!;
}

type TSortable = Record<'searchName' | 'legalNameBg' | 'id' | 'createdAt', AnyColumn | SQLWrapper>;

const TABLE_ORDER: TSortable = {
  searchName: organisationSearchName,
  legalNameBg: organisations.legalNameBg,
  id: organisations.id,
  createdAt: organisations.createdAt,
};

function order(sort: ListOrganisationsOptions['sort'], q?: string, from: TSortable = TABLE_ORDER): SQL[] {
  if (q && sort === 'relevance') {
    return [desc(sql`strict_word_similarity(lower(${q}), ${from.searchName})`), asc(from.legalNameBg), asc(from.id)];
  }
  if (sort === 'created') return [desc(from.createdAt), asc(from.id)];
  return [asc(from.legalNameBg), asc(from.id)];
}

const matchesOf = (executor: Executor, where: SQL | undefined) =>
  executor
    .select({ one: sql`1` })
    .from(organisations)
    .where(where);

/** A page in an index's order (name, or newest first), read only as far as it shows, with the capped count. */
async function listPage(
  executor: Executor,
  where: SQL | undefined,
  orderBy: SQL[],
  opts: { page: number; pageSize: number },
): Promise<TPage> {
  const count = cappedCount(
    executor
      .select({ one: sql`1` })
      .from(organisations)
      .where(where),
  );
  const rows = await executor
    .select({ ...SUMMARY, n: count })
    .from(organisations)
    .where(where)
    .orderBy(...orderBy)
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  const total = await totalOfPage(executor, rows, opts.page, count);
  return { items: rows.map(presentOrganisationSummary), ...total, page: opts.page, pageSize: opts.pageSize };
}

/**
 * A page of search matches. The matches are few for most searches: they are gathered once through the trigram index
 * (at most LIMITS.totalCap + 1 of them), then sorted and counted — never found by walking the name index, which a
 * name-like search (the matches share the first letters) would walk almost to its end. When there are more matches
 * than that, the count is capped and the page is read in the order itself.
 */
async function searchPage(executor: Executor, where: SQL, q: string, opts: ListOrganisationsOptions): Promise<TPage> {
  const matches = executor.$with('matches').as(
    executor
      .select({ ...SUMMARY, searchName: sql<string>`${organisationSearchName}`.as('search_name') })
      .from(organisations)
      .where(where)
      .limit(LIMITS.totalCap + 1),
  );
  const rows = await executor
    .with(matches)
    .select({
      id: matches.id,
      legalNameBg: matches.legalNameBg,
      legalNameEn: matches.legalNameEn,
      type: matches.type,
      country: matches.country,
      eik: matches.eik,
      city: matches.city,
      oblast: matches.oblast,
      nuts2: matches.nuts2,
      sector: matches.sector,
      isPartner: matches.isPartner,
      createdAt: matches.createdAt,
      n: sql<number>`(select count(*)::int from ${matches})`.mapWith(Number),
    })
    .from(matches)
    .orderBy(...order(opts.sort, q, matches))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  if (!rows.length) {
    // Nothing on this page: none at all (the first page), or a page past the matches (count them alone).
    const total = await totalOfPage(executor, rows, opts.page, cappedCount(matchesOf(executor, where)));
    return { items: [], ...total, page: opts.page, pageSize: opts.pageSize };
  }
  if (rows[0].n <= LIMITS.totalCap) {
    return {
      items: rows.map(presentOrganisationSummary),
      ...pageTotal(rows[0].n),
      page: opts.page,
      pageSize: opts.pageSize,
    };
  }
  // More matches than the cap: the page over every match, in its order.
  return listPage(executor, where, order(opts.sort, q), opts);
}
