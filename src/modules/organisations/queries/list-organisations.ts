import { and, asc, count, desc, eq, exists, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationMembers, organisations } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import type { TOrganisationType } from '../../../contract/common';
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

/** The searchable, filterable, paginated registry. Search is typo-tolerant (pg_trgm) and matches EIK prefixes. */
export async function listOrganisations(
  executor: Executor,
  opts: ListOrganisationsOptions,
): Promise<{ items: TOrganisationSummary[]; total: number; page: number; pageSize: number }> {
  const filters: SQL[] = [];
  const q = opts.q?.trim();
  if (q) {
    const digits = q.replace(/\s+/g, '').replace(/^BG/i, '');
    const byName = or(
      ilike(organisations.legalNameBg, containsPattern(q)),
      ilike(organisations.legalNameEn, containsPattern(q)),
      sql`${organisations.legalNameBg} % ${q}`,
      sql`${organisations.legalNameEn} % ${q}`,
    )!;
    filters.push(/^\d{3,13}$/.test(digits) ? or(byName, sql`${organisations.eik} like ${digits + '%'}`)! : byName);
  }
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
  const where = filters.length ? and(...filters) : undefined;
  const order =
    q && opts.sort === 'relevance'
      ? [
          desc(
            sql`greatest(similarity(${organisations.legalNameBg}, ${q}), similarity(coalesce(${organisations.legalNameEn}, ''), ${q}))`,
          ),
          asc(organisations.legalNameBg),
          asc(organisations.id),
        ]
      : opts.sort === 'created'
        ? [desc(organisations.createdAt), asc(organisations.id)]
        : [asc(organisations.legalNameBg), asc(organisations.id)];

  const [rows, [{ total }]] = await Promise.all([
    executor
      .select({
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
      })
      .from(organisations)
      .where(where)
      .orderBy(...order)
      .limit(opts.pageSize)
      .offset((opts.page - 1) * opts.pageSize),
    executor.select({ total: count() }).from(organisations).where(where),
  ]);
  return { items: rows.map(presentOrganisationSummary), total, page: opts.page, pageSize: opts.pageSize };
}
