import { asc, eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Tx } from '../../platform/db/client';
import { eventRegistrations, eventSessions, events } from '../../platform/db/schema';
import { composeMail } from '../../platform/mail/compose';
import type { TRegistrationMailKind } from '../../contract/events/mail';
import { enqueueMail, type TMailAttachment } from '../../platform/mail/outbox';
import { buildCalendar } from '../../domain/calendar/ics';
import type { TLocale } from '../../contract/common';
import { sessionEvents } from './calendar/queries/calendar-events';
import { formatWhen } from '../../platform/mail/format-when';
import { asLocale } from '../../platform/i18n/index';
import type { TEventRow, TSessionRow } from './repo';

/** The event's page in the web app, where a registrant sees their registration. */
export const eventUrl = (publicUrl: string, slug: string) => `${publicUrl}/events/${slug}`;

/** A one-click link from an e-mail (the web app asks to confirm, then calls the API with the token). */
export const registrationActionUrl = (
  publicUrl: string,
  registrationId: string,
  action: 'accept-offer' | 'decline-offer' | 'leave-waitlist',
  token: string,
) => `${publicUrl}/registrations/${registrationId}/${action}?token=${encodeURIComponent(token)}`;

/**
 * The registration's calendar file: one VEVENT per session of the event, with the same UIDs as the event's file and
 * the feed (one entry per session in the registrant's calendar, whichever copies reach it) and a SEQUENCE from the
 * last change of the event or the registration. `cancel` writes the METHOD:CANCEL that removes them again.
 */
export function registrationCalendar(
  event: TEventRow,
  sessions: readonly TSessionRow[],
  registration: { code: string; updatedAt: Date },
  locale: TLocale,
  publicUrl: string,
  now: Date,
  opts: { cancel?: boolean } = {},
): string {
  return buildCalendar({
    name: locale === 'en' ? event.titleEn : event.titleBg,
    method: opts.cancel ? 'CANCEL' : 'PUBLISH',
    now,
    events: sessionEvents(event, sessions, {
      locale,
      publicUrl,
      status: opts.cancel ? 'CANCELLED' : 'CONFIRMED',
      note: registration.code,
      changedAt: registration.updatedAt,
    }),
  });
}

/** An .ics file as an e-mail attachment (the iTIP method in the content type, as calendar clients expect). */
function icsAttachment(filename: string, method: 'PUBLISH' | 'CANCEL', body: string): TMailAttachment {
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    contentBase64: Buffer.from(body, 'utf8').toString('base64'),
  };
}

export interface EnqueueRegistrationMailOptions {
  kind: TRegistrationMailKind;
  registrationId: string;
  publicUrl: string;
  /** The time of the command: the calendar files' DTSTAMP. */
  now: Date;
  reason?: string | null;
}

/** Writes the message about a registration to the outbox in the registrant's language; call it inside the command's transaction. */
export async function enqueueRegistrationMail(tx: Tx, opts: EnqueueRegistrationMailOptions): Promise<void> {
  const [r] = await tx
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.id, opts.registrationId));
  const sessions = await tx
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, r.event.id))
    .orderBy(asc(eventSessions.startsAt));
  const reg = r.registration;
  const locale = asLocale(reg.locale);
  const url = eventUrl(opts.publicUrl, r.event.slug);
  const links: { key: string; url: string }[] = [];
  const attachments: TMailAttachment[] = [];
  let imageCid: string | undefined;
  if (opts.kind === 'registration_offered') {
    links.push(
      { key: 'accept', url: registrationActionUrl(opts.publicUrl, reg.id, 'accept-offer', reg.token) },
      { key: 'decline', url: registrationActionUrl(opts.publicUrl, reg.id, 'decline-offer', reg.token) },
    );
  }
  if (opts.kind === 'registration_waitlisted') {
    links.push({ key: 'leave', url: registrationActionUrl(opts.publicUrl, reg.id, 'leave-waitlist', reg.token) });
  }
  if (opts.kind === 'registration_confirmed') {
    const png = await QRCode.toBuffer(reg.code, { type: 'png', margin: 1, width: 200 });
    imageCid = `qr-${reg.code}@edihub`;
    attachments.push(
      // Shown in the body (cid:), and once more as a file to keep on the phone.
      { filename: 'qr.png', contentType: 'image/png', contentBase64: png.toString('base64'), cid: imageCid },
      { filename: `qr-${reg.code}.png`, contentType: 'image/png', contentBase64: png.toString('base64') },
      icsAttachment(
        'registration.ics',
        'PUBLISH',
        registrationCalendar(r.event, sessions, reg, locale, opts.publicUrl, opts.now),
      ),
    );
  }
  if (opts.kind === 'registration_cancelled' && sessions.length) {
    attachments.push(
      icsAttachment(
        'cancellation.ics',
        'CANCEL',
        registrationCalendar(r.event, sessions, reg, locale, opts.publicUrl, opts.now, { cancel: true }),
      ),
    );
  }
  await enqueueMail(
    tx,
    composeMail(opts.kind, locale, {
      to: reg.contactEmail,
      name: reg.contactName,
      url,
      event: locale === 'en' ? r.event.titleEn : r.event.titleBg,
      when: formatWhen(locale, sessions[0]?.startsAt ?? null, sessions.at(-1)?.endsAt ?? null),
      expires: reg.offerExpiresAt ? formatWhen(locale, reg.offerExpiresAt, null) : undefined,
      reason: opts.reason ?? undefined,
      links,
      imageCid,
      attachments,
    }),
  );
}
