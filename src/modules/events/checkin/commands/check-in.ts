import type { Db } from '../../../../platform/db/client';
import { eventCheckIns } from '../../../../platform/db/schema';
import type { TActor } from '../../../../platform/http/actor';
import { AppError, fieldError } from '../../../../platform/errors';
import { checkInDay } from '../../../../domain/events/checkin-day';
import { participantsOf } from '../../../../domain/events/certificates';
import { writeAudit } from '../../../../platform/audit/write-audit';
import { alreadyCheckedIn, findCheckIn, findRegistrationForCheckIn } from '../queries/find-registration-by-code';
import { findSession } from '../queries/find-session';

export interface TCheckInOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  sessionId: string;
  /** The registration's code, scanned from its QR code or typed (case, spaces and dashes do not matter). */
  code: string;
  /** How many of the registration's people came; all its seats when not given (the number of `attendees` when named). */
  people?: number;
  /** Which of the registration's attendees came (their names as registered); all of them when not given. */
  attendees?: string[];
  /** Staff's reason for checking in outside the session's day (Sofia); without it such a check-in is refused. */
  overrideReason?: string;
  now: Date;
}

export interface TCheckInResult {
  registrationId: string;
  people: number;
  checkedInAt: Date;
}

/** The names ticked at the door, each one of the registration's attendees (as stored), in the registration's order. */
function attendeesPresent(registered: readonly string[], ticked: readonly string[]): string[] {
  const wanted = ticked.map((n) => n.trim());
  const unknown = wanted.find((n) => !registered.includes(n));
  if (unknown !== undefined) {
    throw fieldError('attendees', `"${unknown}" is not one of the registration's attendees`, 'unknown_attendee');
  }
  return registered.filter((n) => wanted.includes(n));
}

/**
 * Checks a registration in at one session. Refuses an unknown code (404), a registration that holds no confirmed
 * seat (409 not_confirmed), a check-in on another day than the session's in Sofia (409 outside_session_day) unless
 * staff give `overrideReason` (then stored on the check-in and audited), and a second check-in at the same session
 * (409 already_checked_in, with the first one's time). The primary key (registration, session) decides between two scanners at the same moment. With
 * `attendees`, only those people of a party count as present (certificates go to them alone).
 */
export async function checkIn(opts: TCheckInOptions): Promise<TCheckInResult> {
  return opts.db.transaction(async (tx) => {
    const registration = await findRegistrationForCheckIn(tx, opts.eventId, opts.sessionId, opts.code);
    const day = checkInDay(await findSession(tx, opts.eventId, opts.sessionId), opts.now);
    const overrideReason = day.onSessionDay ? null : (opts.overrideReason?.trim() ?? '');
    if (overrideReason === '') {
      throw new AppError(
        'outside_session_day',
        `The session is on ${day.firstDay === day.lastDay ? day.firstDay : `${day.firstDay}–${day.lastDay}`}, not today (${day.today}); give a reason to check in anyway`,
        { firstDay: day.firstDay, lastDay: day.lastDay, today: day.today },
      );
    }
    let people = opts.people ?? registration.seats;
    let attendeeNames: string[] | null = null;
    if (opts.attendees) {
      // The registration's own names (trimmed, once each), as certificates name them.
      const registered = registration.attendeeNames.length ? participantsOf(registration) : [];
      attendeeNames = attendeesPresent(registered, opts.attendees);
      if (!attendeeNames.length) throw fieldError('attendees', 'Tick at least one of the people who came', 'empty');
      if (opts.people !== undefined && opts.people !== attendeeNames.length) {
        throw fieldError(
          'people',
          `${attendeeNames.length} name(s) ticked but ${opts.people} people given`,
          'mismatch',
        );
      }
      people = attendeeNames.length;
    }
    if (people > registration.seats) {
      throw fieldError(
        'people',
        `The registration holds ${registration.seats} seat(s); ${people} cannot check in on it`,
        'above_seats',
      );
    }
    const [inserted] = await tx
      .insert(eventCheckIns)
      .values({
        registrationId: registration.id,
        sessionId: opts.sessionId,
        people,
        attendeeNames,
        checkedInAt: opts.now,
        checkedInBy: opts.actor.userId,
        overrideReason,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) throw alreadyCheckedIn(await findCheckIn(tx, registration.id, opts.sessionId), registration.id);
    await writeAudit(tx, opts.actor, {
      action: 'event.check_in',
      entityType: 'event_registration',
      entityId: registration.id,
      after: {
        sessionId: opts.sessionId,
        people,
        attendeeNames,
        ...(overrideReason ? { overrideReason, sessionDay: day.firstDay } : {}),
      },
    });
    return { registrationId: registration.id, people, checkedInAt: inserted.checkedInAt };
  });
}
