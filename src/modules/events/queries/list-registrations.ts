import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventRegistrations, eventSessions, events } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import type { REGISTRATION_STATUSES } from '../../../contract/events/enums';
import type { TRegistration } from '../../../contract/events/schemas';
import { presentRegistrations, type TRegistrationRow, type TRegistrationViewer } from './present-registrations';

/** A registration row by id; a 404 when there is none. */
export async function findRegistration(db: Db, id: string): Promise<TRegistrationRow> {
  const [row] = await db.select().from(eventRegistrations).where(eq(eventRegistrations.id, id));
  if (!row) throw notFound('Registration');
  return row;
}

/** One registration as the viewer sees it. */
export async function getRegistration(db: Db, id: string, viewer: TRegistrationViewer): Promise<TRegistration> {
  const [presented] = await presentRegistrations(db, [await findRegistration(db, id)], viewer);
  return presented;
}

/** An event's registrations for staff: the waiting list in rank order, the rest by time of registration. */
export async function listEventRegistrations(
  db: Db,
  eventId: string,
  status: (typeof REGISTRATION_STATUSES)[number] | undefined,
  viewer: TRegistrationViewer,
): Promise<TRegistration[]> {
  const rows = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), status ? eq(eventRegistrations.status, status) : undefined))
    .orderBy(
      sql`case when ${eventRegistrations.status} = 'waitlisted' then 1 else 0 end`,
      asc(eventRegistrations.waitlistRank),
      asc(eventRegistrations.createdAt),
      asc(eventRegistrations.id),
    );
  return presentRegistrations(db, rows, viewer);
}

/** The caller's registrations (made by them or for their organisations), newest first, with the event's title and first start. */
export async function listMyRegistrations(db: Db, actor: TActor, now: Date) {
  const orgIds = [...actor.memberships.keys()];
  const rows = await db
    .select()
    .from(eventRegistrations)
    .where(
      orgIds.length
        ? or(eq(eventRegistrations.userId, actor.userId), inArray(eventRegistrations.organisationId, orgIds))
        : eq(eventRegistrations.userId, actor.userId),
    )
    .orderBy(desc(eventRegistrations.createdAt))
    .limit(500);
  const presented = await presentRegistrations(db, rows, { actor, now });
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  if (!eventIds.length) return [];
  const eventRows = await db
    .select({
      id: events.id,
      slug: events.slug,
      titleBg: events.titleBg,
      titleEn: events.titleEn,
      firstStartsAt: sql<
        string | null
      >`(select min(s.starts_at) from ${eventSessions} s where s.event_id = ${events.id})`.mapWith((v) =>
        v ? new Date(v).toISOString() : null,
      ),
    })
    .from(events)
    .where(inArray(events.id, eventIds));
  const byId = new Map(eventRows.map((e) => [e.id, e]));
  return presented.map((p) => ({ ...p, event: byId.get(p.eventId)! }));
}
