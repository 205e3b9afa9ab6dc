import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client';
import { eventCheckIns, eventRegistrations, organisations } from '../../../../platform/db/schema';
import { AppError } from '../../../../platform/errors';
import { normaliseCheckInCode } from '../../../../domain/events/checkin-code';
import { checkInDay } from '../../../../domain/events/checkin-day';
import { findSession } from './find-session';
import type { TCheckInCandidate } from '../../../../contract/events';
import type { TRegistrationRow } from '../../repo';
export type { TRegistrationRow } from '../../repo';

/** A stored code in the form normaliseCheckInCode gives a typed one (stored codes never hold Unicode dashes). */
const storedCodeNormalised = sql`upper(regexp_replace(${eventRegistrations.code}, '[[:space:]-]', '', 'g'))`;

/**
 * The registration of the event whose code matches `code` (case, spaces and dashes ignored), checked for a check-in
 * at the session: 404 for a session of another event or an unknown code, 409 not_confirmed for a registration
 * without a confirmed seat.
 */
export async function findRegistrationForCheckIn(
  db: Executor,
  eventId: string,
  sessionId: string,
  code: string,
): Promise<TRegistrationRow> {
  await findSession(db, eventId, sessionId);
  const wanted = normaliseCheckInCode(code);
  const [registration] = wanted
    ? await db
        .select()
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), sql`${storedCodeNormalised} = ${wanted}`))
        .limit(1)
    : [];
  if (!registration) throw new AppError('not_found', 'No registration for this event has this code');
  if (registration.status !== 'confirmed') {
    throw new AppError(
      'not_confirmed',
      `This registration is ${registration.status}, not confirmed: it cannot be checked in`,
      {
        status: registration.status,
      },
    );
  }
  return registration;
}

/** The refusal of a second check-in at a session, with the first one's time and party. */
export function alreadyCheckedIn(
  first: { checkedInAt: Date; people: number } | undefined,
  registrationId: string,
): AppError {
  const at = first?.checkedInAt.toISOString() ?? null;
  return new AppError('already_checked_in', `Already checked in for this session${at ? ` at ${at}` : ''}`, {
    checkedInAt: at,
    people: first?.people ?? null,
    registrationId,
  });
}

/** The registration's check-in at the session, if there is one. */
export async function findCheckIn(db: Executor, registrationId: string, sessionId: string) {
  const [row] = await db
    .select()
    .from(eventCheckIns)
    .where(and(eq(eventCheckIns.registrationId, registrationId), eq(eventCheckIns.sessionId, sessionId)));
  return row;
}

/**
 * What the door sees after a scan, before confirming: the registration the code belongs to, its seats and the names
 * to tick. Refused exactly as the check-in would be (unknown code, no confirmed seat, already checked in here), except
 * that a day other than the session's is reported (`onSessionDay`) rather than refused, for staff to give a reason.
 */
export async function lookupCheckIn(
  db: Executor,
  eventId: string,
  sessionId: string,
  code: string,
  now: Date,
): Promise<TCheckInCandidate> {
  const registration = await findRegistrationForCheckIn(db, eventId, sessionId, code);
  // Not refused here when the day is wrong: the door shows it and staff may give a reason (checkInDay).
  const day = checkInDay(await findSession(db, eventId, sessionId), now);
  const first = await findCheckIn(db, registration.id, sessionId);
  if (first) throw alreadyCheckedIn(first, registration.id);
  const [org] = registration.organisationId
    ? await db
        .select({ name: organisations.legalNameBg })
        .from(organisations)
        .where(eq(organisations.id, registration.organisationId))
    : [];
  return {
    registrationId: registration.id,
    contactName: registration.contactName,
    organisationName: org?.name ?? null,
    seats: registration.seats,
    attendeeNames: registration.attendeeNames,
    onSessionDay: day.onSessionDay,
    sessionFirstDay: day.firstDay,
    sessionLastDay: day.lastDay,
  };
}
