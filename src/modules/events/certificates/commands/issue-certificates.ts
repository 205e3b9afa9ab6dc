import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../../platform/db/client';
import {
  eventCertificates,
  eventCheckIns,
  eventRegistrations,
  eventSessions,
  events,
} from '../../../../platform/db/schema';
import type { TActor } from '../../../../platform/http/actor';
import { notFound } from '../../../../platform/errors';
import { certificatesDue, participantsOf, type TCertificateRule } from '../../../../domain/events/certificates';
import { writeAudit } from '../../../../platform/audit/write-audit';
import { newCertificateCode } from '../certificate-code';

export interface TIssueCertificatesOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  now: Date;
}

/**
 * Issues a certificate, with a fresh random code, to every person whose own check-ins meet the event's rule (all
 * sessions, or a minimum): a party's check-in names who of its attendees came (none named = the first `people` of
 * them), so someone who missed a day gets no certificate because the rest of the party came. Certificates already
 * issued (or revoked) stay as they are; the unique index (registration, participant) makes a repeated or concurrent
 * run issue nothing twice. `skipped` counts the people of checked-in registrations who got no new certificate: not
 * eligible, or already holding one.
 */
export async function issueCertificates(opts: TIssueCertificatesOptions): Promise<{ issued: number; skipped: number }> {
  return opts.db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, opts.eventId));
    if (!event) throw notFound('Event');
    const sessionIds = (
      await tx.select({ id: eventSessions.id }).from(eventSessions).where(eq(eventSessions.eventId, event.id))
    ).map((s) => s.id);
    const registrations = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    const ids = registrations.map((r) => r.id);
    const checkIns = ids.length
      ? await tx
          .select({
            registrationId: eventCheckIns.registrationId,
            sessionId: eventCheckIns.sessionId,
            people: eventCheckIns.people,
            attendeeNames: eventCheckIns.attendeeNames,
          })
          .from(eventCheckIns)
          .where(inArray(eventCheckIns.registrationId, ids))
      : [];
    let issued = 0;
    let skipped = 0;
    for (const r of registrations) {
      const own = checkIns.filter((c) => c.registrationId === r.id);
      // Only people who came are candidates: a registration never checked in is not even counted as skipped.
      if (!own.length) continue;
      const participants = participantsOf(r);
      const due = certificatesDue({
        rule: event.certificateRule as TCertificateRule,
        minSessions: event.certificateMinSessions,
        sessionIds,
        participants,
        checkIns: own,
      });
      const rows = due.length
        ? await tx
            .insert(eventCertificates)
            .values(
              due.map((d) => ({
                registrationId: r.id,
                participantName: d.participantName,
                code: newCertificateCode(),
                sessionsAttended: d.sessionsAttended,
                issuedAt: opts.now,
              })),
            )
            .onConflictDoNothing({ target: [eventCertificates.registrationId, eventCertificates.participantName] })
            .returning({ id: eventCertificates.id })
        : [];
      issued += rows.length;
      skipped += participants.length - rows.length;
    }
    await writeAudit(tx, opts.actor, {
      action: 'event.certificates.issue',
      entityType: 'event',
      entityId: event.id,
      after: { issued, skipped },
    });
    return { issued, skipped };
  });
}
