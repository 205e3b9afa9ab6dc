import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client';
import { eventCheckIns, eventRegistrations, organisations } from '../../../../platform/db/schema';
import { findSession, type TSessionRow } from './find-session';

export interface TCheckInListItem {
  registrationId: string;
  contactName: string;
  organisationName: string | null;
  seats: number;
  /** null until the registration is checked in at this session. */
  people: number | null;
  /** The attendees ticked present; null when the check-in named nobody (or there is none). */
  attendeeNames: string[] | null;
  checkedInAt: Date | null;
}

export interface TCheckInList {
  session: TSessionRow;
  items: TCheckInListItem[];
  /** Seats of the confirmed registrations: the people expected. */
  expected: number;
  /** People checked in at this session. */
  checkedIn: number;
}

/**
 * The door list of one session: every confirmed registration (and any other checked in before it changed status),
 * with its check-in if there is one; names in alphabetical order so a phone screen can be scanned by eye.
 */
export async function listCheckIns(db: Executor, eventId: string, sessionId: string): Promise<TCheckInList> {
  const session = await findSession(db, eventId, sessionId);
  const registrations = await db
    .select({
      id: eventRegistrations.id,
      contactName: eventRegistrations.contactName,
      seats: eventRegistrations.seats,
      status: eventRegistrations.status,
      organisationName: organisations.legalNameBg,
    })
    .from(eventRegistrations)
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.contactName), asc(eventRegistrations.createdAt));
  const ids = registrations.map((r) => r.id);
  const checkIns = ids.length
    ? await db
        .select()
        .from(eventCheckIns)
        .where(and(eq(eventCheckIns.sessionId, sessionId), inArray(eventCheckIns.registrationId, ids)))
    : [];
  const byRegistration = new Map(checkIns.map((c) => [c.registrationId, c]));
  const items = registrations
    .filter((r) => r.status === 'confirmed' || byRegistration.has(r.id))
    .map((r) => {
      const c = byRegistration.get(r.id);
      return {
        registrationId: r.id,
        contactName: r.contactName,
        organisationName: r.organisationName,
        seats: r.seats,
        people: c?.people ?? null,
        attendeeNames: c?.attendeeNames ?? null,
        checkedInAt: c?.checkedInAt ?? null,
      };
    });
  return {
    session,
    items,
    expected: registrations.filter((r) => r.status === 'confirmed').reduce((s, r) => s + r.seats, 0),
    checkedIn: checkIns.reduce((s, c) => s + c.people, 0),
  };
}
