import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { organisationMembers, user } from '../../platform/db/schema';
import { composeMail } from '../../platform/mail/compose';
import type { TBookingMailKind } from '../../contract/facilities/mail';
import { enqueueMail } from '../../platform/mail/outbox';
import { asLocale } from '../../platform/i18n/index';
import { formatSofiaRange } from './format-when';
import { bookingCalendar, bookingUrl } from './booking-ics';
import { findBooking } from './queries/load-bookings';

export interface EnqueueBookingMailOptions {
  kind: TBookingMailKind;
  bookingId: string;
  publicUrl: string;
  now: Date;
  reason?: string | null;
}

/**
 * Writes the message about a booking to the outbox, in each recipient's language, with the booking's .ics attached;
 * call it inside the command's transaction. The recipient is the person who booked; when that was staff booking for
 * a customer (or the person is gone), the organisation's owners.
 */
export async function enqueueBookingMail(tx: Tx, opts: EnqueueBookingMailOptions): Promise<void> {
  const record = await findBooking(tx, opts.bookingId);
  const person = { email: user.email, name: user.name, locale: user.locale };
  const members = await tx
    .select({ ...person, userId: organisationMembers.userId, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(user, eq(user.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, record.booking.organisationId))
    .orderBy(asc(user.email));
  const booker = members.find((m) => m.userId === record.userId);
  const owners = members.filter((m) => m.role === 'owner');
  const recipients = booker ? [booker] : owners.length ? owners : members;
  for (const to of recipients) {
    const locale = asLocale(to.locale);
    const ics = bookingCalendar(record, locale, opts.publicUrl, opts.now);
    await enqueueMail(
      tx,
      composeMail(opts.kind, locale, {
        to: to.email,
        name: to.name,
        url: bookingUrl(opts.publicUrl, record.booking.id),
        organisation: record.booking.organisationName,
        resource: locale === 'en' ? record.booking.resource.titleEn : record.booking.resource.titleBg,
        when: formatSofiaRange(new Date(record.booking.startsAt), new Date(record.booking.endsAt), locale),
        reason: opts.reason ?? undefined,
        attachments: [
          {
            filename: 'booking.ics',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            contentBase64: Buffer.from(ics).toString('base64'),
          },
        ],
      }),
    );
  }
}
