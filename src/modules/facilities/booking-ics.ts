import { buildCalendar } from '../../domain/calendar/ics';
import type { TBookingRecord } from './queries/load-bookings';

/** The web app's page of a booking (the bookings list, scrolled to it). */
export const bookingUrl = (publicUrl: string, bookingId: string) => `${publicUrl}/facilities/bookings#${bookingId}`;

const ICS_STATUS = {
  pending: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  cancelled: 'CANCELLED',
  rejected: 'CANCELLED',
} as const;

/**
 * One VEVENT for the booking. The UID is stable and the SEQUENCE grows with each change, so calendar programs
 * update (or cancel) the entry they already have instead of adding another.
 */
export function bookingCalendar(record: TBookingRecord, locale: 'bg' | 'en', publicUrl: string, now: Date): string {
  const b = record.booking;
  const title = locale === 'en' ? b.resource.titleEn : b.resource.titleBg;
  const sequence = { pending: 0, confirmed: 1, cancelled: 2, rejected: 2 }[b.status];
  return buildCalendar({
    name: title,
    method: 'PUBLISH',
    now,
    events: [
      {
        uid: `booking-${b.id}@edihub`,
        start: new Date(b.startsAt),
        end: new Date(b.endsAt),
        summary: `${title} — ${b.organisationName}`,
        description: b.purpose,
        location: record.resourceRow.location,
        url: bookingUrl(publicUrl, b.id),
        status: ICS_STATUS[b.status],
        sequence,
      },
    ],
  });
}
