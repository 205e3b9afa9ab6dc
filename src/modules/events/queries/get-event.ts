import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventRegistrations, eventSessions, events, organisations } from '../../../platform/db/schema';
import { notFound } from '../../../platform/errors';
import { eventPolicy, type TViewer } from '../policy';
import { presentEvent } from '../presenter';
import { type TEvent } from '../../../contract/events/schemas';
import { loadEventStats } from './event-stats';
import { presentRegistrations } from './present-registrations';
import type { TEventRow } from '../repo';
export type { TEventRow } from '../repo';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event by its slug or its id; a 404 when there is none. */
export async function findEvent(db: Db, slugOrId: string): Promise<TEventRow> {
  const [row] = await db
    .select()
    .from(events)
    .where(UUID.test(slugOrId) ? or(eq(events.id, slugOrId), eq(events.slug, slugOrId)) : eq(events.slug, slugOrId));
  if (!row) throw notFound('Event');
  return row;
}

/** The event page: details, sessions, seats, the caller's own registrations and what the caller may do. */
export async function getEvent(db: Db, row: TEventRow, viewer: TViewer, now: Date): Promise<TEvent> {
  const stats = (await loadEventStats(db, [row], now)).get(row.id)!;
  const sessions = await db
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, row.id))
    .orderBy(asc(eventSessions.startsAt));
  const [organiser] = row.organiserId
    ? await db
        .select({ id: organisations.id, name: organisations.legalNameBg })
        .from(organisations)
        .where(eq(organisations.id, row.organiserId))
    : [];
  const actor = viewer.actor;
  const mine = actor
    ? await db
        .select()
        .from(eventRegistrations)
        .where(
          and(
            eq(eventRegistrations.eventId, row.id),
            actor.memberships.size
              ? or(
                  eq(eventRegistrations.userId, actor.userId),
                  inArray(eventRegistrations.organisationId, [...actor.memberships.keys()]),
                )
              : eq(eventRegistrations.userId, actor.userId),
          ),
        )
        .orderBy(desc(eventRegistrations.createdAt))
    : [];
  return presentEvent(row, stats, {
    sessions,
    organiser: organiser ?? null,
    myRegistrations: await presentRegistrations(db, mine, { actor, now }),
    abilities: {
      register:
        eventPolicy.register(actor, { event: row, isPartnerPerson: viewer.isPartnerPerson, organisationId: null }) &&
        stats.registrationOpen,
      manage: eventPolicy.manage(actor),
      checkIn: eventPolicy.checkIn(actor),
    },
  });
}
