import { asc, eq, or } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { availabilityExceptions, availabilityRules, resources } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { isStaff } from '../../../platform/http/authorize';
import { facilityPolicy } from '../policy';
import type { TException, TResourceDetail, TRule } from '../../../contract/facilities';
import { loadResources, type TResourceRow } from './load-resources';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A resource by id or slug; unpublished ones exist only for staff (404 for everyone else). */
export async function findResource(db: Executor, idOrSlug: string, actor: TActor | null): Promise<TResourceRow> {
  const where = UUID.test(idOrSlug)
    ? or(eq(resources.id, idOrSlug), eq(resources.slug, idOrSlug))
    : eq(resources.slug, idOrSlug);
  const [row] = await db.select().from(resources).where(where);
  if (!row || (!row.published && !isStaff(actor))) throw notFound('Resource');
  return row;
}

export async function loadRules(db: Executor, resourceId: string): Promise<TRule[]> {
  const rows = await db
    .select()
    .from(availabilityRules)
    .where(eq(availabilityRules.resourceId, resourceId))
    .orderBy(asc(availabilityRules.validFrom), asc(availabilityRules.startTime));
  return rows.map((r) => ({
    id: r.id,
    rrule: r.rrule,
    startTime: r.startTime,
    endTime: r.endTime,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    note: r.note,
  }));
}

export async function loadExceptions(db: Executor, resourceId: string): Promise<TException[]> {
  const rows = await db
    .select()
    .from(availabilityExceptions)
    .where(eq(availabilityExceptions.resourceId, resourceId))
    .orderBy(asc(availabilityExceptions.startsAt));
  return rows.map((e) => ({
    id: e.id,
    kind: e.kind as TException['kind'],
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    reason: e.reason,
  }));
}

/** The resource page: descriptions, opening rules, closures and what the actor may do. */
export async function getResource(db: Executor, id: string, actor: TActor | null): Promise<TResourceDetail> {
  const [found] = await loadResources(db, eq(resources.id, id));
  if (!found) throw notFound('Resource');
  const r = found.row;
  return {
    ...found.summary,
    descriptionBg: r.descriptionBg,
    descriptionEn: r.descriptionEn,
    aidBasis: r.aidBasis as TResourceDetail['aidBasis'],
    gberArticle: r.gberArticle,
    noAidReason: r.noAidReason,
    minBookingMinutes: r.minBookingMinutes,
    maxBookingMinutes: r.maxBookingMinutes,
    cancellationHours: r.cancellationHours,
    published: r.published,
    rules: await loadRules(db, r.id),
    exceptions: await loadExceptions(db, r.id),
    abilities: {
      book: !!actor && (isStaff(actor) || actor.memberships.size > 0),
      manage: facilityPolicy.manage(actor),
    },
  };
}
