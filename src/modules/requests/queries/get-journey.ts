import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import {
  assessments,
  bookings,
  eventCertificates,
  eventCheckIns,
  eventRegistrations,
  events,
  eventSessions,
  resources,
  serviceDeliveries,
  serviceFeedback,
  serviceRequests,
  services,
} from '../../../platform/db/schema';
import type { BOOKING_STATUSES } from '../../../contract/facilities/enums';
import type { REGISTRATION_STATUSES } from '../../../contract/events/enums';
import type { TAidBasis } from '../../../domain/state-aid/aid';
import type { TRequestState } from '../../../domain/services/request-state-machine';
import { deliveryInstant } from '../../../domain/services/journey-dates';
import type { TBand } from '../../../domain/dma/scoring';
import type { TStage } from '../../../domain/dma/questionnaires';
import { findOrganisationRow } from '../../organisations/public';
import { presentScores } from '../../assessments/public';

type TJourneyItem =
  | { at: string; kind: 'registered' }
  | { at: string; kind: 'assessment'; assessmentId: string; stage: TStage; overall: { score: number; band: TBand } }
  | {
      at: string;
      kind: 'request';
      requestId: string;
      ref: number;
      status: TRequestState;
      serviceTitleBg: string;
      serviceTitleEn: string;
    }
  | {
      at: string;
      kind: 'delivery';
      requestId: string | null;
      ref: number | null;
      serviceTitleBg: string;
      serviceTitleEn: string;
      /** The period of the service (Sofia calendar days); the step is dated by its end. */
      startDate: string;
      endDate: string;
      valueCents: number;
      aidCents: number;
      aidBasis: TAidBasis;
    }
  | { at: string; kind: 'feedback'; requestId: string; ref: number; rating: number; comment: string | null }
  | (TEventRef & {
      at: string;
      kind: 'event_registration';
      registrationId: string;
      status: TRegistrationStatus;
      seats: number;
    })
  | (TEventRef & {
      at: string;
      kind: 'check_in';
      registrationId: string;
      sessionTitleBg: string | null;
      sessionTitleEn: string | null;
      sessionStartsAt: string;
      people: number;
    })
  | (TEventRef & { at: string; kind: 'certificate'; code: string; participantName: string; sessionsAttended: number })
  | {
      at: string;
      kind: 'booking';
      bookingId: string;
      resourceSlug: string;
      resourceTitleBg: string;
      resourceTitleEn: string;
      startsAt: string;
      endsAt: string;
      status: TBookingStatus;
      seats: number;
    };

type TRegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
type TBookingStatus = (typeof BOOKING_STATUSES)[number];
interface TEventRef {
  eventId: string;
  eventSlug: string;
  eventTitleBg: string;
  eventTitleEn: string;
}

export interface TJourney {
  organisation: { id: string; name: string; registeredAt: string };
  items: TJourneyItem[];
}

/** Same-instant entries keep the order in which they happen in life. */
const KIND_ORDER: Record<TJourneyItem['kind'], number> = {
  registered: 0,
  assessment: 1,
  request: 2,
  delivery: 3,
  feedback: 4,
  event_registration: 5,
  check_in: 6,
  certificate: 7,
  booking: 8,
};

/**
 * An organisation's path through the hub in time order: registration, submitted assessments with their overall
 * score, requests, deliveries with their value and aid (dated by the day the service ended: `deliveryInstant`),
 * feedback, event registrations (when made), check-ins at sessions, certificates of attendance, and facility bookings
 * (dated by their start, when the facility is used).
 */
export async function getJourney(executor: Executor, organisationId: string): Promise<TJourney> {
  const org = await findOrganisationRow(executor, organisationId);
  const eventRef = {
    eventId: events.id,
    eventSlug: events.slug,
    eventTitleBg: events.titleBg,
    eventTitleEn: events.titleEn,
  };
  const [stages, requests, deliveries, feedback, registrations, checkIns, certificates, booked] = await Promise.all([
    executor
      .select({
        id: assessments.id,
        stage: assessments.stage,
        result: assessments.result,
        submittedAt: assessments.submittedAt,
      })
      .from(assessments)
      .where(
        and(
          eq(assessments.organisationId, organisationId),
          eq(assessments.status, 'submitted'),
          isNotNull(assessments.submittedAt),
        ),
      ),
    executor
      .select({
        id: serviceRequests.id,
        ref: serviceRequests.ref,
        status: serviceRequests.status,
        createdAt: serviceRequests.createdAt,
        titleBg: services.titleBg,
        titleEn: services.titleEn,
      })
      .from(serviceRequests)
      .innerJoin(services, eq(services.id, serviceRequests.serviceId))
      .where(eq(serviceRequests.organisationId, organisationId)),
    executor
      .select({
        delivery: serviceDeliveries,
        ref: serviceRequests.ref,
        requestedAt: serviceRequests.createdAt,
        titleBg: services.titleBg,
        titleEn: services.titleEn,
      })
      .from(serviceDeliveries)
      .leftJoin(serviceRequests, eq(serviceRequests.id, serviceDeliveries.requestId))
      .leftJoin(services, eq(services.id, serviceDeliveries.serviceId))
      .where(eq(serviceDeliveries.organisationId, organisationId)),
    executor
      .select({ feedback: serviceFeedback, ref: serviceRequests.ref })
      .from(serviceFeedback)
      .innerJoin(serviceRequests, eq(serviceRequests.id, serviceFeedback.requestId))
      .where(eq(serviceRequests.organisationId, organisationId))
      .orderBy(asc(serviceFeedback.createdAt)),
    executor
      .select({
        ...eventRef,
        id: eventRegistrations.id,
        status: eventRegistrations.status,
        seats: eventRegistrations.seats,
        createdAt: eventRegistrations.createdAt,
      })
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(eq(eventRegistrations.organisationId, organisationId)),
    executor
      .select({
        ...eventRef,
        registrationId: eventCheckIns.registrationId,
        sessionTitleBg: eventSessions.titleBg,
        sessionTitleEn: eventSessions.titleEn,
        sessionStartsAt: eventSessions.startsAt,
        people: eventCheckIns.people,
        checkedInAt: eventCheckIns.checkedInAt,
      })
      .from(eventCheckIns)
      .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCheckIns.registrationId))
      .innerJoin(eventSessions, eq(eventSessions.id, eventCheckIns.sessionId))
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(eq(eventRegistrations.organisationId, organisationId)),
    executor
      .select({
        ...eventRef,
        code: eventCertificates.code,
        participantName: eventCertificates.participantName,
        sessionsAttended: eventCertificates.sessionsAttended,
        issuedAt: eventCertificates.issuedAt,
      })
      .from(eventCertificates)
      .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCertificates.registrationId))
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(eq(eventRegistrations.organisationId, organisationId)),
    executor
      .select({
        id: bookings.id,
        resourceSlug: resources.slug,
        resourceTitleBg: resources.titleBg,
        resourceTitleEn: resources.titleEn,
        startsAt: bookings.startsAt,
        endsAt: bookings.endsAt,
        status: bookings.status,
        seats: bookings.seats,
      })
      .from(bookings)
      .innerJoin(resources, eq(resources.id, bookings.resourceId))
      .where(eq(bookings.organisationId, organisationId)),
  ]);
  const dated: { time: number; item: TJourneyItem }[] = [];
  const add = (at: Date, item: TJourneyItem) => dated.push({ time: at.getTime(), item });
  add(org.createdAt, { at: org.createdAt.toISOString(), kind: 'registered' });
  for (const a of stages) {
    const scores = presentScores(a.result);
    if (!scores || !a.stage) continue;
    add(a.submittedAt!, {
      at: a.submittedAt!.toISOString(),
      kind: 'assessment',
      assessmentId: a.id,
      stage: a.stage as TStage,
      overall: scores.overall,
    });
  }
  for (const r of requests) {
    add(r.createdAt, {
      at: r.createdAt.toISOString(),
      kind: 'request',
      requestId: r.id,
      ref: Number(r.ref),
      status: r.status as TRequestState,
      serviceTitleBg: r.titleBg,
      serviceTitleEn: r.titleEn,
    });
  }
  for (const { delivery: d, ref, requestedAt, titleBg, titleEn } of deliveries) {
    // Dated by the day the service ended, not when it was recorded (a correction would move it).
    const at = deliveryInstant(d.endDate, requestedAt);
    add(at, {
      at: at.toISOString(),
      kind: 'delivery',
      requestId: d.requestId,
      ref: ref === null ? null : Number(ref),
      serviceTitleBg: titleBg ?? d.description,
      serviceTitleEn: titleEn ?? d.description,
      startDate: d.startDate,
      endDate: d.endDate,
      valueCents: Number(d.valueCents),
      aidCents: Number(d.aidCents),
      aidBasis: d.aidBasis as TAidBasis,
    });
  }
  for (const { feedback: f, ref } of feedback) {
    add(f.createdAt, {
      at: f.createdAt.toISOString(),
      kind: 'feedback',
      requestId: f.requestId,
      ref: Number(ref),
      rating: f.rating,
      comment: f.comment,
    });
  }
  for (const r of registrations) {
    add(r.createdAt, {
      at: r.createdAt.toISOString(),
      kind: 'event_registration',
      registrationId: r.id,
      eventId: r.eventId,
      eventSlug: r.eventSlug,
      eventTitleBg: r.eventTitleBg,
      eventTitleEn: r.eventTitleEn,
      status: r.status as TRegistrationStatus,
      seats: r.seats,
    });
  }
  for (const c of checkIns) {
    add(c.checkedInAt, {
      at: c.checkedInAt.toISOString(),
      kind: 'check_in',
      registrationId: c.registrationId,
      eventId: c.eventId,
      eventSlug: c.eventSlug,
      eventTitleBg: c.eventTitleBg,
      eventTitleEn: c.eventTitleEn,
      sessionTitleBg: c.sessionTitleBg,
      sessionTitleEn: c.sessionTitleEn,
      sessionStartsAt: c.sessionStartsAt.toISOString(),
      people: c.people,
    });
  }
  for (const c of certificates) {
    add(c.issuedAt, {
      at: c.issuedAt.toISOString(),
      kind: 'certificate',
      eventId: c.eventId,
      eventSlug: c.eventSlug,
      eventTitleBg: c.eventTitleBg,
      eventTitleEn: c.eventTitleEn,
      code: c.code,
      participantName: c.participantName,
      sessionsAttended: c.sessionsAttended,
    });
  }
  for (const b of booked) {
    add(b.startsAt, {
      at: b.startsAt.toISOString(),
      kind: 'booking',
      bookingId: b.id,
      resourceSlug: b.resourceSlug,
      resourceTitleBg: b.resourceTitleBg,
      resourceTitleEn: b.resourceTitleEn,
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      status: b.status as TBookingStatus,
      seats: b.seats,
    });
  }
  dated.sort((a, b) => a.time - b.time || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind]);
  return {
    organisation: { id: org.id, name: org.legalNameBg, registeredAt: org.createdAt.toISOString() },
    items: dated.map((d) => d.item),
  };
}
