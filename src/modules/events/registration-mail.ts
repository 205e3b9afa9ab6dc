import { asc, eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Tx } from '../../db/client';
import { eventRegistrations, eventSessions, events } from '../../db/schema';
import { composeMail, type TRegistrationMailKind } from '../../mail/compose';
import { enqueueMail, type TMailAttachment } from '../../mail/outbox';
import { buildCalendar } from '../../domain/calendar/ics';
import { asLocale } from '../../i18n';

/** The event's page in the web app, where a registrant sees their registration. */
export const eventUrl = (publicUrl: string, slug: string) => `${publicUrl}/events/${slug}`;

/** A one-click link from an e-mail (the web app asks to confirm, then calls the API with the token). */
export const registrationActionUrl = (
  publicUrl: string,
  registrationId: string,
  action: 'accept-offer' | 'decline-offer' | 'leave-waitlist',
  token: string,
) => `${publicUrl}/registrations/${registrationId}/${action}?token=${encodeURIComponent(token)}`;

/** A period as the recipient reads it, on the hub's clock (Europe/Sofia). */
export function formatWhen(locale: string, starts: Date | null, ends: Date | null): string {
  if (!starts) return '';
  const tag = locale === 'en' ? 'en-GB' : 'bg-BG';
  const fmt = new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Sofia', dateStyle: 'long', timeStyle: 'short' });
  return ends ? `${fmt.format(starts)} – ${fmt.format(ends)}` : fmt.format(starts);
}

/** The registration's calendar file: one VEVENT per session of the event. */
export function registrationCalendar(
  event: { id: string; titleBg: string; titleEn: string; venue: string | null; onlineUrl: string | null },
  sessions: { id: string; startsAt: Date; endsAt: Date; titleBg: string | null; titleEn: string | null; location: string | null }[],
  registration: { id: string; code: string },
  locale: string,
  url: string,
): string {
  const title = locale === 'en' ? event.titleEn : event.titleBg;
  return buildCalendar({
    name: title,
    method: 'PUBLISH',
    events: sessions.map((s) => {
      const part = locale === 'en' ? s.titleEn : s.titleBg;
      return {
        uid: `${registration.id}-${s.id}@edihub`,
        start: s.startsAt,
        end: s.endsAt,
        summary: part ? `${title} — ${part}` : title,
        description: `${registration.code}\n${url}`,
        location: s.location ?? event.venue ?? event.onlineUrl ?? undefined,
        url,
      };
    }),
  });
}

export interface EnqueueRegistrationMailOptions {
  kind: TRegistrationMailKind;
  registrationId: string;
  publicUrl: string;
  reason?: string | null;
}

/** Writes the message about a registration to the outbox in the registrant's language; call it inside the command's transaction. */
export async function enqueueRegistrationMail(tx: Tx, opts: EnqueueRegistrationMailOptions): Promise<void> {
  const [r] = await tx
    .select({ registration: eventRegistrations, event: events })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(eq(eventRegistrations.id, opts.registrationId));
  const sessions = await tx.select().from(eventSessions).where(eq(eventSessions.eventId, r.event.id)).orderBy(asc(eventSessions.startsAt));
  const reg = r.registration;
  const locale = asLocale(reg.locale);
  const url = eventUrl(opts.publicUrl, r.event.slug);
  const links: { key: string; url: string }[] = [];
  const attachments: TMailAttachment[] = [];
  let imageDataUrl: string | undefined;
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
    imageDataUrl = await QRCode.toDataURL(reg.code, { margin: 1, width: 200 });
    attachments.push(
      { filename: `qr-${reg.code}.png`, contentType: 'image/png', contentBase64: imageDataUrl.slice(imageDataUrl.indexOf(',') + 1) },
      {
        filename: 'registration.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        contentBase64: Buffer.from(registrationCalendar(r.event, sessions, reg, locale, url), 'utf8').toString('base64'),
      },
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
      imageDataUrl,
      attachments,
    }),
  );
}
