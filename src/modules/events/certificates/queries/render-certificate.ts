import type { Executor } from '../../../../platform/db/client';
import { AppError } from '../../../../platform/errors';
import type { TLocale } from '../../../../contract/common';
import { hubName } from '../../../../platform/hub/hub-name';
import { renderCertificatePdf } from '../certificate-pdf';
import type { TCertificateRecord } from './find-certificate';

/** The certificate's PDF in a language; a revoked certificate is not handed out again. */
export async function renderCertificate(
  db: Executor,
  c: TCertificateRecord,
  locale: TLocale,
  publicUrl: string,
): Promise<{ pdf: Buffer; filename: string }> {
  if (c.revokedAt) throw new AppError('conflict', 'This certificate has been revoked');
  const first = c.sessions[0];
  const last = c.sessions[c.sessions.length - 1];
  if (!first || !last) throw new AppError('conflict', 'The event has no sessions');
  const pdf = await renderCertificatePdf({
    locale,
    hubName: await hubName(db, locale),
    participantName: c.participantName,
    organisationName: c.organisationName,
    eventTitle: locale === 'en' ? c.event.titleEn : c.event.titleBg,
    firstStartsAt: first.startsAt,
    lastEndsAt: last.endsAt,
    sessionsAttended: c.sessionsAttended,
    sessionsTotal: c.sessions.length,
    code: c.code,
    verifyUrl: `${publicUrl.replace(/\/$/, '')}/verify/${c.code}`,
    issuedAt: c.issuedAt,
  });
  return { pdf, filename: `certificate-${c.event.slug}-${c.code}.pdf` };
}
