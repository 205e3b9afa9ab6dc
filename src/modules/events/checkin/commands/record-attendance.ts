import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../../platform/db/client';
import {
  eventCheckIns,
  eventRegistrations,
  eventSessions,
  events,
  serviceDeliveries,
} from '../../../../platform/db/schema';
import type { TActor } from '../../../../platform/http/actor';
import { AppError } from '../../../../platform/errors';
import { aidAmount, reportedNationalShare, type TAidBasis } from '../../../../domain/state-aid/aid';
import {
  deliveryCategoryOfEventType,
  eventIsOver,
  lastSessionEnd,
  type TDeliveryCategory,
} from '../../../../domain/events/attendance';
import { participantsOf, peopleWhoCame } from '../../../../domain/events/certificates';
import { calendarDateInSofia } from '../../../../domain/state-aid/calendar-date';
import { TECHNOLOGY_AREAS } from '../../../../contract/services/enums';
import { grantAidOnAcceptance } from '../../../aid/public';
import { loadAidSettings } from '../../../aid/public';
import { writeAudit } from '../../../../platform/audit/write-audit';
import { technologyLabel } from '../../../services/public';
import { findEventById, type TEventRow } from '../queries/find-session';
import type { TAttendanceResult } from '../../../../contract/events';

export interface TRecordAttendanceOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  now: Date;
}

/** The audit entry of an organisation's recorded attendance. */
const MARK_ACTION = 'event.attendance.record';
const markEntity = (eventId: string, organisationId: string) => `${eventId}:${organisationId}`;

/**
 * The people each organisation brought: per registration, the distinct people checked in at any session (by the
 * names staff ticked; never fewer than the largest party at one session — the same people come back day after
 * day), summed over the organisation's registrations.
 */
async function attendeesByOrganisation(db: Db, eventId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({
      registrationId: eventCheckIns.registrationId,
      sessionId: eventCheckIns.sessionId,
      people: eventCheckIns.people,
      attendeeNames: eventCheckIns.attendeeNames,
      registration: eventRegistrations,
    })
    .from(eventCheckIns)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCheckIns.registrationId))
    .where(eq(eventRegistrations.eventId, eventId));
  const perRegistration = new Map<
    string,
    { registration: (typeof rows)[number]['registration']; checkIns: typeof rows }
  >();
  for (const r of rows) {
    // A registration without an organisation (staff registering a private person) is no delivery to an undertaking.
    if (!r.registration.organisationId) continue;
    const seen = perRegistration.get(r.registrationId) ?? { registration: r.registration, checkIns: [] };
    seen.checkIns.push(r);
    perRegistration.set(r.registrationId, seen);
  }
  const out = new Map<string, number>();
  for (const { registration, checkIns } of perRegistration.values()) {
    const people = peopleWhoCame(participantsOf(registration), checkIns);
    out.set(registration.organisationId!, (out.get(registration.organisationId!) ?? 0) + people);
  }
  return out;
}

/** The event's first technology tag as the Commission's technology area; 'other' when it has none. */
function technologyOf(event: TEventRow): string {
  const code = event.tags.find((t) => (TECHNOLOGY_AREAS as readonly string[]).includes(t)) ?? 'other';
  // Readable words, in English like the rest of the Commission's columns.
  return technologyLabel(code);
}

async function recordOne(
  tx: Tx,
  opts: {
    actor: TActor;
    event: TEventRow;
    category: TDeliveryCategory;
    organisationId: string;
    attendees: number;
    startDate: string;
    endDate: string;
  },
): Promise<number | null> {
  const { event, organisationId, attendees } = opts;
  // Serialises two staff recording the same event: the second waits here and then sees the first's delivery.
  await tx.select({ id: events.id }).from(events).where(eq(events.id, event.id)).for('update');
  const [recorded] = await tx
    .select({ id: serviceDeliveries.id })
    .from(serviceDeliveries)
    .where(and(eq(serviceDeliveries.eventId, event.id), eq(serviceDeliveries.organisationId, organisationId)))
    .limit(1);
  if (recorded) return null;
  const basis = event.aidBasis as TAidBasis;
  const valueCents = event.valuePerParticipantCents * attendees;
  const pricePaidCents = event.pricePerParticipantCents * attendees;
  const aidCents = basis === 'none' ? 0 : aidAmount({ marketValue: valueCents, pricePaid: pricePaidCents });
  const { nationalSharePercent } = await loadAidSettings(tx);
  const gberArticle = basis === 'gber' ? event.gberArticle : null;
  const noAidReason = basis === 'none' ? event.noAidReason : null;
  const description = `${event.titleBg} (${event.slug})`;
  const { grantId } = await grantAidOnAcceptance(tx, {
    organisationId,
    requestId: null,
    serviceId: null,
    description,
    amountCents: aidCents,
    grantDate: opts.endDate,
    basis,
    gberArticle,
    noAidReason,
    actor: opts.actor,
  });
  const [delivery] = await tx
    .insert(serviceDeliveries)
    .values({
      // The unique (event, organisation) index is the database's last word on "recorded once".
      eventId: event.id,
      organisationId,
      category: opts.category,
      description,
      technology: technologyOf(event),
      startDate: opts.startDate,
      endDate: opts.endDate,
      attendees,
      valueCents,
      pricePaidCents,
      aidBasis: basis,
      gberArticle,
      noAidReason,
      aidCents,
      nationalShareCents: reportedNationalShare(aidCents, nationalSharePercent),
      recordedBy: opts.actor.userId,
    })
    .returning({ id: serviceDeliveries.id });
  await writeAudit(tx, opts.actor, {
    action: MARK_ACTION,
    entityType: 'event_attendance',
    entityId: markEntity(event.id, organisationId),
    after: { eventId: event.id, organisationId, attendees, valueCents, aidCents, deliveryId: delivery.id, grantId },
  });
  return aidCents;
}

/**
 * Records the event's attendance as service deliveries — "skills and training" for trainings, workshops and
 * seminars, "innovation ecosystem and networking" for forums, hackathons and matchmaking — one per organisation with
 * check-ins, each with its aid grant dated on the last session's day. Refused (409) before the last session has ended
 * and for a general meeting (no service to anyone). Each organisation has its own transaction: a ledger refusal
 * (ceiling, missing declaration) for one is reported and the others are still recorded. Recording twice adds nothing.
 */
export async function recordAttendance(opts: TRecordAttendanceOptions): Promise<TAttendanceResult> {
  const event = await findEventById(opts.db, opts.eventId);
  const category = deliveryCategoryOfEventType(event.type);
  if (!category) {
    throw new AppError(
      'not_a_service',
      'A general meeting of the consortium is not a service to anyone: its attendance is not recorded',
      {
        type: event.type,
      },
    );
  }
  const sessions = await opts.db
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, event.id))
    .orderBy(asc(eventSessions.startsAt));
  if (!eventIsOver(sessions, opts.now)) {
    const lastEndsAt = lastSessionEnd(sessions)?.toISOString() ?? null;
    throw new AppError(
      'event_not_over',
      `Attendance can be recorded once the event's last session has ended${lastEndsAt ? ` (${lastEndsAt})` : ''}`,
      { lastEndsAt },
    );
  }
  const result: TAttendanceResult = { recorded: [], refused: [] };
  const startDate = calendarDateInSofia(sessions[0]!.startsAt);
  const endDate = calendarDateInSofia(sessions[sessions.length - 1]!.startsAt);
  const attendance = await attendeesByOrganisation(opts.db, event.id);
  for (const [organisationId, attendees] of [...attendance].sort(([a], [b]) => a.localeCompare(b))) {
    try {
      const aidCents = await opts.db.transaction((tx) =>
        recordOne(tx, { actor: opts.actor, event, category, organisationId, attendees, startDate, endDate }),
      );
      if (aidCents !== null) result.recorded.push({ organisationId, attendees, aidCents });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      result.refused.push({ organisationId, code: e.code, message: e.message });
    }
  }
  return result;
}
