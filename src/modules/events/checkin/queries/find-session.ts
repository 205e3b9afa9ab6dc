import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client';
import { events, eventSessions } from '../../../../platform/db/schema';
import { notFound } from '../../../../platform/errors';
import type { TEventRow, TSessionRow } from '../../repo';
export type { TEventRow, TSessionRow } from '../../repo';

/** The event by id, or 404. */
export async function findEventById(db: Executor, eventId: string): Promise<TEventRow> {
  const [row] = await db.select().from(events).where(eq(events.id, eventId));
  if (!row) throw notFound('Event');
  return row;
}

/** A session of the event, or 404 (a session of another event is not found here either). */
export async function findSession(db: Executor, eventId: string, sessionId: string): Promise<TSessionRow> {
  const [row] = await db
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)));
  if (!row) throw notFound('Session');
  return row;
}
