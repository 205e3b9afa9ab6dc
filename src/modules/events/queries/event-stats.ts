import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { eventRegistrations, eventSessions } from '../../../platform/db/schema';
import { effectiveCapacity, registrationWindow } from '../../../domain/events/capacity';
import type { TSeatStats } from '../presenter';
import type { TEventRow } from '../repo';

/** Seats held, waiting list, dates and window of each event, in two grouped queries (no N+1). */
export async function loadEventStats(db: Executor, rows: TEventRow[], now: Date): Promise<Map<string, TSeatStats>> {
  const ids = rows.map((r) => r.id);
  const result = new Map<string, TSeatStats>();
  if (!ids.length) return result;
  const sessionRows = await db
    .select({
      eventId: eventSessions.eventId,
      first: sql<Date>`min(${eventSessions.startsAt})`.mapWith((v) => new Date(v)),
      last: sql<Date>`max(${eventSessions.endsAt})`.mapWith((v) => new Date(v)),
      capacities: sql<(number | null)[]>`array_agg(${eventSessions.capacity})`,
    })
    .from(eventSessions)
    .where(inArray(eventSessions.eventId, ids))
    .groupBy(eventSessions.eventId);
  const seatRows = await db
    .select({
      eventId: eventRegistrations.eventId,
      held: sql<number>`coalesce(sum(${eventRegistrations.seats}) filter (where ${eventRegistrations.status} in ('confirmed', 'pending', 'offered')), 0)::int`,
      waiting: sql<number>`(count(*) filter (where ${eventRegistrations.status} = 'waitlisted'))::int`,
    })
    .from(eventRegistrations)
    .where(inArray(eventRegistrations.eventId, ids))
    .groupBy(eventRegistrations.eventId);
  const sessions = new Map(sessionRows.map((s) => [s.eventId, s]));
  const seats = new Map(seatRows.map((s) => [s.eventId, s]));
  for (const row of rows) {
    const s = sessions.get(row.id);
    const firstStartsAt = s?.first ?? null;
    result.set(row.id, {
      capacity: effectiveCapacity(row.capacity, s?.capacities ?? []),
      seatsTaken: seats.get(row.id)?.held ?? 0,
      waitlistCount: seats.get(row.id)?.waiting ?? 0,
      firstStartsAt,
      lastEndsAt: s?.last ?? null,
      registrationOpen:
        registrationWindow(now, row.registrationOpensAt, row.registrationClosesAt, firstStartsAt) === 'open',
    });
  }
  return result;
}
