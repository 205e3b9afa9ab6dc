import { and, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../platform/db/client';
import { organisations, servicePartners, serviceRequests, services, user } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import type { TActor } from '../../../platform/http/actor';
import type { TRequestState } from '../../../domain/services/request-state-machine';
import type { TServiceFamily } from '../../../contract/services';
import type { TSummaryRow } from '../presenter';

const expert = alias(user, 'expert');
const partner = alias(organisations, 'partner');

const SUMMARY_FIELDS = {
  id: serviceRequests.id,
  ref: serviceRequests.ref,
  status: serviceRequests.status,
  organisationId: serviceRequests.organisationId,
  organisationName: organisations.legalNameBg,
  serviceId: serviceRequests.serviceId,
  serviceSlug: services.slug,
  serviceTitleBg: services.titleBg,
  serviceTitleEn: services.titleEn,
  serviceFamily: services.family,
  need: serviceRequests.need,
  quantity: serviceRequests.quantity,
  onBehalf: serviceRequests.onBehalf,
  expertId: serviceRequests.expertId,
  expertName: expert.name,
  partnerId: serviceRequests.partnerId,
  partnerName: partner.legalNameBg,
  createdAt: serviceRequests.createdAt,
  updatedAt: serviceRequests.updatedAt,
  grantDate: serviceRequests.grantDate,
} satisfies Record<keyof TSummaryRow, unknown>;

/**
 * The columns of a request summary, joined from the request, its organisation, service, expert and partner (and any
 * `extra` columns, such as a count carried by the page's rows).
 */
export function selectSummaries<E extends Record<string, SQL>>(executor: Executor, extra?: E) {
  return executor
    .select({ ...SUMMARY_FIELDS, ...(extra ?? ({} as E)) })
    .from(serviceRequests)
    .innerJoin(organisations, eq(organisations.id, serviceRequests.organisationId))
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .leftJoin(expert, eq(expert.id, serviceRequests.expertId))
    .leftJoin(partner, eq(partner.id, serviceRequests.partnerId))
    .$dynamic();
}

/**
 * The same select with every column under its summary name (`"createdAt"`, `"partnerName"` …): for embedding in raw
 * SQL, where the joined tables' equal column names would otherwise clash.
 */
export function selectAliasedSummaries(executor: Executor) {
  const fields = Object.fromEntries(Object.entries(SUMMARY_FIELDS).map(([k, c]) => [k, sql`${c}`.as(k)]));
  return executor
    .select(fields)
    .from(serviceRequests)
    .innerJoin(organisations, eq(organisations.id, serviceRequests.organisationId))
    .innerJoin(services, eq(services.id, serviceRequests.serviceId))
    .leftJoin(expert, eq(expert.id, serviceRequests.expertId))
    .leftJoin(partner, eq(partner.id, serviceRequests.partnerId))
    .$dynamic();
}

/**
 * The requests an actor may see, as a condition (undefined = all, for hub staff): those of their organisations,
 * those assigned to them, and — for experts — those assigned to a partner organisation they belong to.
 */
export function visibleTo(actor: TActor, all: boolean): SQL | undefined {
  if (all) return undefined;
  const orgIds = [...actor.memberships.keys()];
  const conditions: SQL[] = [eq(serviceRequests.expertId, actor.userId)];
  if (orgIds.length) {
    conditions.push(inArray(serviceRequests.organisationId, orgIds));
    if (actor.role === 'expert') conditions.push(inArray(serviceRequests.partnerId, orgIds));
  }
  return or(...conditions);
}

export interface TRequestFilters {
  status?: TRequestState;
  organisationId?: string;
  serviceId?: string;
  partnerId?: string;
  family?: TServiceFamily;
  q?: string;
}

/**
 * The requests of a delivering partner: those assigned to one of its experts, and those not assigned yet (submitted,
 * accepted) for a service the partner delivers — the partner is chosen only on assignment, so before that the
 * service's partners are the candidates.
 */
export function forPartner(partnerId: string): SQL {
  return or(
    eq(serviceRequests.partnerId, partnerId),
    and(
      isNull(serviceRequests.partnerId),
      sql`exists (select 1 from ${servicePartners} where ${servicePartners.serviceId} = ${serviceRequests.serviceId} and ${servicePartners.organisationId} = ${partnerId})`,
    ),
  )!;
}

/** The list filters as one condition; `q` matches the reference (R-42 or 42), the need, the customer and the service. */
export function filterCondition(f: TRequestFilters): SQL | undefined {
  const parts: SQL[] = [];
  if (f.status) parts.push(eq(serviceRequests.status, f.status));
  if (f.organisationId) parts.push(eq(serviceRequests.organisationId, f.organisationId));
  if (f.serviceId) parts.push(eq(serviceRequests.serviceId, f.serviceId));
  if (f.partnerId) parts.push(forPartner(f.partnerId));
  if (f.family) parts.push(eq(services.family, f.family));
  const q = f.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    const text = or(
      ilike(serviceRequests.need, pattern),
      ilike(organisations.legalNameBg, pattern),
      ilike(services.titleBg, pattern),
      ilike(services.titleEn, pattern),
    )!;
    const ref = /^(?:R-?)?(\d{1,15})$/i.exec(q);
    parts.push(ref ? or(text, sql`${serviceRequests.ref} = ${Number(ref[1])}`)! : text);
  }
  return parts.length ? and(...parts) : undefined;
}
