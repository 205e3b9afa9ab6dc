import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import type { Executor } from '../../../platform/db/client';
import {
  eventCertificates,
  eventCheckIns,
  eventRegistrations,
  eventSessions,
  events,
  organisations,
} from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { cancellationAllowed } from '../../../domain/events/certificates';
import { eventPolicy } from '../policy';
import type { TRegistration } from '../../../contract/events/schemas';
import type { TRegistrationRow } from '../repo';
export type { TRegistrationRow } from '../repo';

/** Who is asking about registrations: the signed-in actor and/or the token from an e-mailed link. */
export interface TRegistrationViewer {
  actor: TActor | null;
  token?: string;
  now: Date;
}

/** Whether `token` is the registration's link secret (compared in constant time). */
export function registrationTokenMatches(row: { token: string }, token: string | undefined): boolean {
  if (!token) return false;
  const a = Buffer.from(row.token);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The SVG of the QR code that carries the check-in code. */
export const qrSvg = (code: string) => QRCode.toString(code, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

/** Registrations with their organisation, waiting-list position, check-ins, certificates, QR code and abilities. */
export async function presentRegistrations(
  db: Executor,
  rows: TRegistrationRow[],
  viewer: TRegistrationViewer,
): Promise<TRegistration[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const eventIds = [...new Set(rows.map((r) => r.eventId))];
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((x): x is string => !!x))];
  const orgNames = new Map(
    orgIds.length
      ? (
          await db
            .select({ id: organisations.id, name: organisations.legalNameBg })
            .from(organisations)
            .where(inArray(organisations.id, orgIds))
        ).map((o) => [o.id, o.name])
      : [],
  );
  const waiting = await db
    .select({ id: eventRegistrations.id, eventId: eventRegistrations.eventId })
    .from(eventRegistrations)
    .where(and(inArray(eventRegistrations.eventId, eventIds), eq(eventRegistrations.status, 'waitlisted')))
    .orderBy(asc(eventRegistrations.waitlistRank), asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
  const positions = new Map<string, number>();
  const counters = new Map<string, number>();
  for (const w of waiting) {
    const n = (counters.get(w.eventId) ?? 0) + 1;
    counters.set(w.eventId, n);
    positions.set(w.id, n);
  }
  const checkIns = await db
    .select({
      registrationId: eventCheckIns.registrationId,
      sessionId: eventCheckIns.sessionId,
      checkedInAt: eventCheckIns.checkedInAt,
      people: eventCheckIns.people,
      attendeeNames: eventCheckIns.attendeeNames,
    })
    .from(eventCheckIns)
    .where(inArray(eventCheckIns.registrationId, ids))
    .orderBy(asc(eventCheckIns.checkedInAt));
  const certificates = await db
    .select({
      registrationId: eventCertificates.registrationId,
      code: eventCertificates.code,
      participantName: eventCertificates.participantName,
    })
    .from(eventCertificates)
    .where(and(inArray(eventCertificates.registrationId, ids), isNull(eventCertificates.revokedAt)))
    .orderBy(asc(eventCertificates.participantName), asc(eventCertificates.issuedAt));
  const eventRows = await db
    .select({ id: events.id, deadlineHours: events.cancellationDeadlineHours })
    .from(events)
    .where(inArray(events.id, eventIds));
  const firstStarts = await db
    .select({ eventId: eventSessions.eventId, startsAt: eventSessions.startsAt })
    .from(eventSessions)
    .where(inArray(eventSessions.eventId, eventIds));
  const deadline = new Map(eventRows.map((e) => [e.id, e.deadlineHours]));
  const firstStart = new Map<string, Date>();
  for (const s of firstStarts) {
    const seen = firstStart.get(s.eventId);
    if (!seen || s.startsAt < seen) firstStart.set(s.eventId, s.startsAt);
  }

  return Promise.all(
    rows.map(async (r) => {
      const tokenMatches = registrationTokenMatches(r, viewer.token);
      const mayRespond = eventPolicy.respondToOffer(viewer.actor, { registration: r, tokenMatches });
      const mayCancel =
        eventPolicy.cancelRegistration(viewer.actor, r) &&
        ['pending', 'confirmed', 'offered', 'waitlisted'].includes(r.status) &&
        cancellationAllowed({
          now: viewer.now,
          firstStartsAt: firstStart.get(r.eventId) ?? null,
          deadlineHours: deadline.get(r.eventId) ?? 0,
          byStaff: isStaff(viewer.actor),
        });
      return {
        id: r.id,
        eventId: r.eventId,
        organisationId: r.organisationId,
        organisationName: r.organisationId ? (orgNames.get(r.organisationId) ?? null) : null,
        contactName: r.contactName,
        contactEmail: r.contactEmail,
        seats: r.seats,
        attendeeNames: r.attendeeNames,
        answers: (r.answers ?? {}) as Record<string, unknown>,
        status: r.status as TRegistration['status'],
        waitlistPosition: positions.get(r.id) ?? null,
        offerExpiresAt: r.offerExpiresAt?.toISOString() ?? null,
        code: r.code,
        qrSvg: await qrSvg(r.code),
        createdAt: r.createdAt.toISOString(),
        checkIns: checkIns
          .filter((c) => c.registrationId === r.id)
          .map((c) => ({
            sessionId: c.sessionId,
            checkedInAt: c.checkedInAt.toISOString(),
            people: c.people,
            attendeeNames: c.attendeeNames,
          })),
        certificates: certificates
          .filter((c) => c.registrationId === r.id)
          .map((c) => ({ code: c.code, participantName: c.participantName })),
        abilities: {
          cancel: mayCancel,
          acceptOffer: mayRespond && r.status === 'offered',
          declineOffer: mayRespond && r.status === 'offered',
          leaveWaitlist: mayRespond && r.status === 'waitlisted',
        },
      };
    }),
  );
}
