import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../../db/client';
import { eventCheckIns, eventRegistrations } from '../../../../db/schema';
import type { TActor } from '../../../../http/actor';
import { AppError, fieldError } from '../../../../errors';
import { writeAudit } from '../../../audit/write-audit';
import { findSession } from '../queries/find-session';

export interface TCheckInOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  sessionId: string;
  /** The registration's code, scanned from its QR code or typed. */
  code: string;
  /** How many of the registration's people came; all its seats when not given. */
  people?: number;
  now: Date;
}

export interface TCheckInResult {
  registrationId: string;
  people: number;
  checkedInAt: Date;
}

/**
 * Checks a registration in at one session. Refuses an unknown code (404), a registration that holds no confirmed
 * seat (409 not_confirmed) and a second check-in at the same session (409 already_checked_in, with the first
 * one's time). The primary key (registration, session) decides between two scanners at the same moment.
 */
export async function checkIn(opts: TCheckInOptions): Promise<TCheckInResult> {
  const code = opts.code.trim();
  return opts.db.transaction(async (tx) => {
    await findSession(tx, opts.eventId, opts.sessionId);
    const [registration] = await tx
      .select()
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, opts.eventId), eq(eventRegistrations.code, code)));
    if (!registration) throw new AppError('not_found', 'No registration for this event has this code');
    if (registration.status !== 'confirmed') {
      throw new AppError('not_confirmed', `This registration is ${registration.status}, not confirmed: it cannot be checked in`, {
        status: registration.status,
      });
    }
    const people = opts.people ?? registration.seats;
    if (people > registration.seats) {
      throw fieldError('people', `The registration holds ${registration.seats} seat(s); ${people} cannot check in on it`, 'above_seats');
    }
    const [inserted] = await tx
      .insert(eventCheckIns)
      .values({ registrationId: registration.id, sessionId: opts.sessionId, people, checkedInAt: opts.now, checkedInBy: opts.actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!inserted) {
      const [first] = await tx
        .select()
        .from(eventCheckIns)
        .where(and(eq(eventCheckIns.registrationId, registration.id), eq(eventCheckIns.sessionId, opts.sessionId)));
      const at = first?.checkedInAt.toISOString() ?? null;
      throw new AppError('already_checked_in', `Already checked in for this session${at ? ` at ${at}` : ''}`, {
        checkedInAt: at,
        people: first?.people ?? null,
        registrationId: registration.id,
      });
    }
    await writeAudit(tx, opts.actor, {
      action: 'event.check_in',
      entityType: 'event_registration',
      entityId: registration.id,
      after: { sessionId: opts.sessionId, people },
    });
    return { registrationId: registration.id, people, checkedInAt: inserted.checkedInAt };
  });
}
