import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { eventRegistrations, eventSessions, events } from '../../platform/db/schema';
import { effectiveCapacity } from '../../domain/events/capacity';
import { notFound } from '../../platform/errors';

/** The rows of the events tables, as the module's queries and commands pass them around. */
export type TEventRow = typeof events.$inferSelect;
export type TSessionRow = typeof eventSessions.$inferSelect;
export type TRegistrationRow = typeof eventRegistrations.$inferSelect;

/** An event locked for a seat decision, with what the decision reads: capacity, held seats, the waiting list. */
export interface TLockedEvent {
  row: TEventRow;
  capacity: number | null;
  held: number;
  firstStartsAt: Date | null;
  /** Waitlisted registrations in rank order. */
  waitlist: { id: string; seats: number; rank: number }[];
}

/**
 * Locks the event row (SELECT … FOR UPDATE) and reads its seats under the lock. Every command that changes who
 * holds a seat calls this first, so such commands on one event run one after another and never overbook.
 */
export async function lockEvent(
  tx: Tx,
  eventId: string,
  opts: { skipLocked?: boolean } = {},
): Promise<TLockedEvent | null> {
  const [row] = await tx
    .select()
    .from(events)
    .where(eq(events.id, eventId))
    .for('update', opts.skipLocked ? { skipLocked: true } : {});
  if (!row) return null;
  const sessions = await tx
    .select({ startsAt: eventSessions.startsAt, capacity: eventSessions.capacity })
    .from(eventSessions)
    .where(eq(eventSessions.eventId, eventId));
  const [{ held }] = await tx
    .select({ held: sql<number>`coalesce(sum(${eventRegistrations.seats}), 0)::int` })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        inArray(eventRegistrations.status, ['confirmed', 'pending', 'offered']),
      ),
    );
  const waitlist = await tx
    .select({ id: eventRegistrations.id, seats: eventRegistrations.seats, rank: eventRegistrations.waitlistRank })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.waitlistRank), asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
  const firstStartsAt = sessions.reduce<Date | null>((min, s) => (!min || s.startsAt < min ? s.startsAt : min), null);
  return {
    row,
    capacity: effectiveCapacity(
      row.capacity,
      sessions.map((s) => s.capacity),
    ),
    held,
    firstStartsAt,
    waitlist: waitlist.map((w) => ({ id: w.id, seats: w.seats, rank: Number(w.rank ?? 0) })),
  };
}

/** lockEvent for a known event: a missing one is a 404. */
export async function lockEventOrThrow(tx: Tx, eventId: string): Promise<TLockedEvent> {
  const locked = await lockEvent(tx, eventId);
  if (!locked) throw notFound('Event');
  return locked;
}
