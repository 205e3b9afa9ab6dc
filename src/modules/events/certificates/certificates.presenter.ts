import { z } from 'zod';
import type { TCertificateRecord } from './queries/find-certificate';

export const ZCertificateListItem = z.object({ code: z.string(), participantName: z.string(), issuedAt: z.string() });

export const ZIssueResult = z.object({ issued: z.number().int(), skipped: z.number().int() });

/** What the public verification page shows: enough to confirm a certificate, nothing about the registration. */
export const ZVerification = z.object({
  code: z.string(),
  valid: z.boolean(),
  revoked: z.boolean(),
  participantName: z.string(),
  eventSlug: z.string(),
  eventTitleBg: z.string(),
  eventTitleEn: z.string(),
  /** The event's sessions, as instants (shown in Europe/Sofia). */
  dates: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
  sessionsAttended: z.number().int(),
  sessionsTotal: z.number().int(),
});
export type TVerification = z.infer<typeof ZVerification>;

export function presentVerification(c: TCertificateRecord): TVerification {
  return {
    code: c.code,
    valid: c.revokedAt === null,
    revoked: c.revokedAt !== null,
    participantName: c.participantName,
    eventSlug: c.event.slug,
    eventTitleBg: c.event.titleBg,
    eventTitleEn: c.event.titleEn,
    dates: c.sessions.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
    issuedAt: c.issuedAt.toISOString(),
    revokedAt: c.revokedAt?.toISOString() ?? null,
    sessionsAttended: c.sessionsAttended,
    sessionsTotal: c.sessions.length,
  };
}
