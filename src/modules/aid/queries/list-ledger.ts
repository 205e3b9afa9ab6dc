import { and, desc, eq, gte, ilike, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { aidGrants, aidGrantTotals, organisations, serviceRequests, services } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import { AID_BASES, type TAidBasis } from '../../../domain/state-aid/aid';
import type { TLocale } from '../../../contract/common';
import type { TLedgerPage } from '../../../contract/aid';

export interface TLedgerFilter {
  from?: string;
  to?: string;
  basis?: TAidBasis;
  /** Customer name, EIK prefix or service title. */
  q?: string;
}

/** The conditions of a ledger filter; `withBasis` false leaves the basis out (the per-basis totals). */
export function ledgerConditions(filter: TLedgerFilter, withBasis = true): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filter.from ? gte(aidGrants.grantDate, filter.from) : undefined,
    filter.to ? lte(aidGrants.grantDate, filter.to) : undefined,
    withBasis && filter.basis ? eq(aidGrants.basis, filter.basis) : undefined,
  ];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    const digits = filter.q.replace(/\D/g, '');
    conditions.push(
      or(
        ilike(organisations.legalNameBg, pattern),
        ilike(organisations.legalNameEn, pattern),
        ilike(services.titleBg, pattern),
        ilike(services.titleEn, pattern),
        ilike(aidGrants.description, pattern),
        digits ? sql`${organisations.eik} like ${digits + '%'}` : undefined,
      ),
    );
  }
  return and(...conditions.filter((c): c is SQL => c !== undefined));
}

const joined = (executor: Executor) =>
  executor
    .select({
      grant: aidGrants,
      organisationName: organisations.legalNameBg,
      eik: organisations.eik,
      ref: serviceRequests.ref,
      titleBg: services.titleBg,
      titleEn: services.titleEn,
    })
    .from(aidGrants)
    .innerJoin(organisations, eq(organisations.id, aidGrants.organisationId))
    .leftJoin(serviceRequests, eq(serviceRequests.id, aidGrants.requestId))
    .leftJoin(services, eq(services.id, aidGrants.serviceId));

/**
 * Every grant of the hub, newest first — revoked ones too, marked with the reason, for the record — with the per-basis
 * totals of the period and search (not narrowed by the basis filter, so the page can show all four totals while
 * listing one basis; revoked grants are not in the totals).
 *
 * Two statements: the page walks `aid_grants_ledger_idx` newest first as far as it shows; the totals and the count
 * come from `aid_grant_totals` (per day and basis, kept by a trigger) when there is no search text, else from one
 * pass over the matching grants.
 */
export async function listLedger(
  executor: Executor,
  opts: TLedgerFilter & { page: number; pageSize: number; locale: TLocale },
): Promise<TLedgerPage> {
  const where = ledgerConditions(opts);
  const rows = await joined(executor)
    .where(where)
    .orderBy(desc(aidGrants.grantDate), desc(aidGrants.createdAt), desc(aidGrants.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  const sums = opts.q ? await sumMatches(executor, opts) : await sumDays(executor, opts);
  const total = sums.reduce((n, s) => n + s.listed, 0);
  const totalsCents = Object.fromEntries(
    AID_BASES.map((b) => [b, Number(sums.find((s) => s.basis === b)?.cents ?? 0)]),
  );
  return {
    items: rows.map((r) => ({
      id: r.grant.id,
      organisationId: r.grant.organisationId,
      organisationName: r.organisationName,
      eik: r.eik,
      requestId: r.grant.requestId,
      ref: r.ref === null ? null : Number(r.ref),
      serviceTitle: (opts.locale === 'en' ? r.titleEn : r.titleBg) ?? null,
      amountCents: Number(r.grant.amountCents),
      grantDate: r.grant.grantDate,
      basis: r.grant.basis as TAidBasis,
      gberArticle: r.grant.gberArticle,
      noAidReason: r.grant.noAidReason,
      revokedAt: r.grant.revokedAt ? r.grant.revokedAt.toISOString() : null,
      revokeReason: r.grant.revokeReason,
    })),
    total: Number(total),
    page: opts.page,
    pageSize: opts.pageSize,
    totalsCents: totalsCents as TLedgerPage['totalsCents'],
  };
}

interface TBasisSum {
  basis: string;
  /** The amounts of the grants not revoked. */
  cents: string;
  /** The grants the page lists (narrowed by the basis filter, revoked ones too). */
  listed: number;
}

/** The per-basis totals of a period from the daily totals (no search text). */
async function sumDays(executor: Executor, filter: TLedgerFilter): Promise<TBasisSum[]> {
  return executor
    .select({
      basis: aidGrantTotals.basis,
      cents: sql<string>`coalesce(sum(${aidGrantTotals.cents}), 0)::text`,
      listed: (filter.basis
        ? sql<number>`coalesce(sum(${aidGrantTotals.grants}) filter (where ${eq(aidGrantTotals.basis, filter.basis)}), 0)`
        : sql<number>`coalesce(sum(${aidGrantTotals.grants}), 0)`
      ).mapWith(Number),
    })
    .from(aidGrantTotals)
    .where(
      and(
        filter.from ? gte(aidGrantTotals.grantDate, filter.from) : undefined,
        filter.to ? lte(aidGrantTotals.grantDate, filter.to) : undefined,
      ),
    )
    .groupBy(aidGrantTotals.basis);
}

/** The per-basis totals of the grants a search text matches. */
async function sumMatches(executor: Executor, filter: TLedgerFilter): Promise<TBasisSum[]> {
  return executor
    .select({
      basis: aidGrants.basis,
      cents: sql<string>`coalesce(sum(${aidGrants.amountCents}) filter (where ${isNull(aidGrants.revokedAt)}), 0)::text`,
      listed: (filter.basis
        ? sql<number>`count(*) filter (where ${eq(aidGrants.basis, filter.basis)})`
        : sql<number>`count(*)`
      ).mapWith(Number),
    })
    .from(aidGrants)
    .innerJoin(organisations, eq(organisations.id, aidGrants.organisationId))
    .leftJoin(services, eq(services.id, aidGrants.serviceId))
    .where(ledgerConditions(filter, false))
    .groupBy(aidGrants.basis);
}

export interface TRegisterRow {
  beneficiary: string;
  identifier: string | null;
  amountCents: number;
  grantDate: string;
  basis: TAidBasis;
  service: string;
}

/** The de minimis grants (above zero, not revoked) of a period, oldest first, as the national register takes them. */
export async function loadRegisterRows(
  executor: Executor,
  filter: { from?: string; to?: string },
): Promise<TRegisterRow[]> {
  const rows = await executor
    .select({
      beneficiary: organisations.legalNameBg,
      eik: organisations.eik,
      foreign: organisations.foreignRegistrationNo,
      amountCents: aidGrants.amountCents,
      grantDate: aidGrants.grantDate,
      basis: aidGrants.basis,
      titleBg: services.titleBg,
      description: aidGrants.description,
    })
    .from(aidGrants)
    .innerJoin(organisations, eq(organisations.id, aidGrants.organisationId))
    .leftJoin(services, eq(services.id, aidGrants.serviceId))
    .where(
      and(
        ledgerConditions(filter),
        sql`${aidGrants.basis} in ('de_minimis', 'de_minimis_1407')`,
        sql`${aidGrants.amountCents} > 0`,
        isNull(aidGrants.revokedAt),
      ),
    )
    .orderBy(aidGrants.grantDate, aidGrants.createdAt, aidGrants.id);
  return rows.map((r) => ({
    beneficiary: r.beneficiary,
    identifier: r.eik ?? r.foreign,
    amountCents: Number(r.amountCents),
    grantDate: r.grantDate,
    basis: r.basis as TAidBasis,
    service: r.titleBg ?? r.description,
  }));
}
