import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../../db/client';
import { eventCertificates, eventCheckIns, eventRegistrations, eventSessions, events } from '../../../../db/schema';
import type { TActor } from '../../../../http/actor';
import { notFound } from '../../../../errors';
import { eligibleForCertificate, sessionsAttended, type TCertificateRule } from '../../../../domain/events/certificates';
import { writeAudit } from '../../../audit/write-audit';
import { newCertificateCode } from '../certificate-code';

export interface TIssueCertificatesOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  now: Date;
}

/** The people a registration's certificates name: its attendees, or its contact when no names were given. */
export function participantsOf(r: { attendeeNames: string[]; contactName: string }): string[] {
  const names = [...new Set(r.attendeeNames.map((n) => n.trim()).filter(Boolean))];
  return names.length ? names : [r.contactName];
}

/**
 * Issues a certificate, with a fresh random code, to every participant whose registration's check-ins meet the
 * event's rule (all sessions, or a minimum). Certificates already issued (or revoked) stay as they are; the
 * unique index (registration, participant) makes a repeated or concurrent run issue nothing twice.
 * `skipped` counts the participants who got no new certificate: not eligible, or already holding one.
 */
export async function issueCertificates(opts: TIssueCertificatesOptions): Promise<{ issued: number; skipped: number }> {
  return opts.db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, opts.eventId));
    if (!event) throw notFound('Event');
    const sessionIds = (await tx.select({ id: eventSessions.id }).from(eventSessions).where(eq(eventSessions.eventId, event.id))).map(
      (s) => s.id,
    );
    const registrations = await tx.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    const ids = registrations.map((r) => r.id);
    const checkIns = ids.length
      ? await tx
          .select({ registrationId: eventCheckIns.registrationId, sessionId: eventCheckIns.sessionId })
          .from(eventCheckIns)
          .where(inArray(eventCheckIns.registrationId, ids))
      : [];
    let issued = 0;
    let skipped = 0;
    for (const r of registrations) {
      const checkedInSessionIds = checkIns.filter((c) => c.registrationId === r.id).map((c) => c.sessionId);
      const people = participantsOf(r);
      // Only people who came are candidates: a registration never checked in is not even counted as skipped.
      if (!checkedInSessionIds.length) continue;
      const eligible = eligibleForCertificate({
        rule: event.certificateRule as TCertificateRule,
        minSessions: event.certificateMinSessions,
        sessionIds,
        checkedInSessionIds,
      });
      if (!eligible) {
        skipped += people.length;
        continue;
      }
      const attended = sessionsAttended(sessionIds, checkedInSessionIds);
      const rows = await tx
        .insert(eventCertificates)
        .values(
          people.map((participantName) => ({
            registrationId: r.id,
            participantName,
            code: newCertificateCode(),
            sessionsAttended: attended,
            issuedAt: opts.now,
          })),
        )
        .onConflictDoNothing({ target: [eventCertificates.registrationId, eventCertificates.participantName] })
        .returning({ id: eventCertificates.id });
      issued += rows.length;
      skipped += people.length - rows.length;
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
