import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client';
import {
  eventCertificates,
  eventRegistrations,
  eventSessions,
  events,
  organisations,
} from '../../../../platform/db/schema';
import { notFound } from '../../../../platform/errors';
import { normaliseCertificateCode } from '../certificate-code';

export interface TCertificateRecord {
  code: string;
  participantName: string;
  sessionsAttended: number;
  issuedAt: Date;
  revokedAt: Date | null;
  registrationId: string;
  registrationLocale: string;
  organisationName: string | null;
  event: { id: string; slug: string; titleBg: string; titleEn: string };
  sessions: { startsAt: Date; endsAt: Date }[];
}

/** A certificate by its code (as printed or typed), with its event and sessions; 404 when no certificate has it. */
export async function findCertificate(db: Executor, rawCode: string): Promise<TCertificateRecord> {
  const code = normaliseCertificateCode(rawCode);
  const [row] = await db
    .select({
      certificate: eventCertificates,
      locale: eventRegistrations.locale,
      organisationName: organisations.legalNameBg,
      event: { id: events.id, slug: events.slug, titleBg: events.titleBg, titleEn: events.titleEn },
    })
    .from(eventCertificates)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventCertificates.registrationId))
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .leftJoin(organisations, eq(organisations.id, eventRegistrations.organisationId))
    .where(eq(eventCertificates.code, code));
  if (!row) throw notFound('Certificate');
  const sessions = await db
    .select({ startsAt: eventSessions.startsAt, endsAt: eventSessions.endsAt })
    .from(eventSessions)
    .where(eq(eventSessions.eventId, row.event.id))
    .orderBy(asc(eventSessions.startsAt));
  const c = row.certificate;
  return {
    code: c.code,
    participantName: c.participantName,
    sessionsAttended: c.sessionsAttended,
    issuedAt: c.issuedAt,
    revokedAt: c.revokedAt,
    registrationId: c.registrationId,
    registrationLocale: row.locale,
    organisationName: row.organisationName,
    event: row.event,
    sessions,
  };
}
