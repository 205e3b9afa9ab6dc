import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client';
import { eventRegistrations, organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { AppError, fieldError, notFound } from '../../../platform/errors';
import { decideRegistration, registrationWindow, seatsProblem } from '../../../domain/events/capacity';
import { nextRank } from '../../../domain/events/waitlist';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TQuestion, TRegister } from '../../../contract/events/input';
import { enqueueRegistrationMail } from '../registration-mail';
import { lockEventOrThrow } from '../repo';
import { newCheckInCode, newRegistrationToken } from '../registration-codes';

export interface RegisterForEventOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  input: TRegister;
  now: Date;
  publicUrl: string;
}

/** Refuses answers to unknown questions, missing required ones, and choices that are not among the options. */
function checkAnswers(questions: TQuestion[], answers: TRegister['answers']): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) throw fieldError(`answers.${id}`, 'No such question', 'unknown');
  }
  for (const q of questions) {
    const value = answers[q.id];
    const empty = value === undefined || (typeof value === 'string' ? value.trim() === '' : value.length === 0);
    if (empty) {
      if (q.required) throw fieldError(`answers.${q.id}`, 'This question must be answered', 'required');
      continue;
    }
    if (q.kind === 'choice') {
      const chosen = Array.isArray(value) ? value : [value];
      const options = new Set((q.options ?? []).map((o) => o.id));
      if (chosen.some((c) => !options.has(c)))
        throw fieldError(`answers.${q.id}`, 'Not one of the options', 'invalid_option');
    } else if (typeof value !== 'string') {
      throw fieldError(`answers.${q.id}`, 'Expected a text answer', 'invalid');
    }
  }
}

/** Registrations that still hold or wait for seats; a cancelled (declined, expired, rejected) one may be made again. */
const ACTIVE_STATUSES = ['pending', 'confirmed', 'waitlisted', 'offered'];

/**
 * Refuses a second active registration of the same person (the same account, or the same contact e-mail) for the
 * same organisation (or for none) at the event, pointing to the one they have. Runs under the event lock, so two
 * clicks at once cannot both pass.
 */
async function assertNotRegistered(
  tx: Tx,
  eventId: string,
  who: { userId: string | null; email: string },
  organisationId: string | null,
): Promise<void> {
  const samePerson = who.userId
    ? or(
        eq(eventRegistrations.userId, who.userId),
        sql`lower(${eventRegistrations.contactEmail}) = ${who.email.toLowerCase()}`,
      )
    : sql`lower(${eventRegistrations.contactEmail}) = ${who.email.toLowerCase()}`;
  const [existing] = await tx
    .select({ id: eventRegistrations.id, status: eventRegistrations.status })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        inArray(eventRegistrations.status, ACTIVE_STATUSES),
        organisationId
          ? eq(eventRegistrations.organisationId, organisationId)
          : isNull(eventRegistrations.organisationId),
        samePerson,
      ),
    )
    .limit(1);
  if (existing) {
    throw new AppError(
      'already_registered',
      `There is already a registration (${existing.status}) for this person and organisation at this event; change or cancel that one instead`,
      { registrationId: existing.id, status: existing.status },
    );
  }
}

/**
 * Registers seats for an event. Under the event row's lock it reads the seats held and the waiting list, asks
 * decideRegistration for the status (confirmed / pending when approval is required / waitlisted — fair: anyone
 * waiting means the newcomer waits too), writes the registration, its audit row and the e-mail together. A person
 * already holding an active registration for the same organisation is refused (409 already_registered).
 */
export async function registerForEvent(opts: RegisterForEventOptions): Promise<string> {
  const { actor, input, now } = opts;
  const staff = isStaff(actor);
  // Staff may register someone else (contact name and e-mail); everybody else registers themselves.
  const forSomeoneElse =
    staff && !!input.contactEmail && input.contactEmail.toLowerCase() !== actor.email.toLowerCase();
  if (input.attendeeNames.length > input.seats) throw fieldError('attendeeNames', 'More names than seats', 'too_many');
  return opts.db.transaction(async (tx) => {
    const locked = await lockEventOrThrow(tx, opts.eventId);
    const event = locked.row;
    const window = registrationWindow(now, event.registrationOpensAt, event.registrationClosesAt, locked.firstStartsAt);
    if (window !== 'open') {
      throw new AppError(
        'registration_closed',
        window === 'not_yet' ? 'Registration has not opened yet' : 'Registration is closed',
        {
          window,
        },
      );
    }
    if (seatsProblem(locked.capacity, input.seats)) {
      throw fieldError(
        'seats',
        `The event has ${locked.capacity} seats in all; a party cannot be larger`,
        'exceeds_capacity',
      );
    }
    checkAnswers(event.questions as TQuestion[], input.answers);
    if (input.organisationId) {
      const [org] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, input.organisationId));
      if (!org) throw notFound('Organisation');
    }
    const contactEmail = forSomeoneElse ? input.contactEmail! : actor.email;
    await assertNotRegistered(
      tx,
      event.id,
      { userId: forSomeoneElse ? null : actor.userId, email: contactEmail },
      input.organisationId ?? null,
    );
    const status = decideRegistration({
      capacity: locked.capacity,
      held: locked.held,
      seats: input.seats,
      approvalRequired: event.approvalRequired,
      waitlistLength: locked.waitlist.length,
    });
    const lastRank = locked.waitlist.length ? locked.waitlist[locked.waitlist.length - 1].rank : null;
    const [row] = await tx
      .insert(eventRegistrations)
      .values({
        eventId: event.id,
        organisationId: input.organisationId ?? null,
        userId: forSomeoneElse ? null : actor.userId,
        contactName: forSomeoneElse
          ? (input.contactName ?? input.contactEmail!)
          : (staff && input.contactName) || actor.name,
        contactEmail,
        // The registrant reads the e-mails: in the language staff chose for them, else their own account's.
        locale: forSomeoneElse ? (input.locale ?? 'bg') : actor.locale,
        seats: input.seats,
        attendeeNames: input.attendeeNames,
        answers: input.answers,
        status,
        waitlistRank: status === 'waitlisted' ? nextRank(lastRank) : null,
        code: newCheckInCode(),
        token: newRegistrationToken(),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: eventRegistrations.id });
    await writeAudit(tx, actor, {
      action: 'registration.create',
      entityType: 'event_registration',
      entityId: row.id,
      after: {
        eventId: event.id,
        organisationId: input.organisationId ?? null,
        seats: input.seats,
        status,
        forSomeoneElse,
      },
    });
    await enqueueRegistrationMail(tx, {
      kind: `registration_${status}`,
      registrationId: row.id,
      publicUrl: opts.publicUrl,
      now,
    });
    return row.id;
  });
}
