import { asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { bookings, organisations, resources, user } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { bookingAbilities, type TBookingFacts } from '../policy';
import type { TBooking } from '../../../contract/facilities';

export interface TBookingRecord {
  facts: TBookingFacts;
  booking: Omit<TBooking, 'abilities'>;
  userId: string | null;
  resourceRow: typeof resources.$inferSelect;
}

/** Bookings with their resource, organisation and booker, filtered by `where`, in start order. */
export async function loadBookingRecords(db: Executor, where?: SQL): Promise<TBookingRecord[]> {
  const rows = await db
    .select({ b: bookings, r: resources, organisationName: organisations.legalNameBg, userName: user.name })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(organisations, eq(organisations.id, bookings.organisationId))
    .leftJoin(user, eq(user.id, bookings.userId))
    .where(where)
    .orderBy(asc(bookings.startsAt), asc(bookings.createdAt));
  return rows.map(({ b, r, organisationName, userName }) => ({
    facts: {
      organisationId: b.organisationId,
      status: b.status,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      cancellationHours: r.cancellationHours,
      deliveryId: b.deliveryId,
    },
    userId: b.userId,
    resourceRow: r,
    booking: {
      id: b.id,
      resource: {
        id: r.id,
        slug: r.slug,
        titleBg: r.titleBg,
        titleEn: r.titleEn,
        kind: r.kind as TBooking['resource']['kind'],
      },
      organisationId: b.organisationId,
      organisationName,
      userName: userName ?? null,
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      seats: b.seats,
      status: b.status as TBooking['status'],
      purpose: b.purpose,
      reason: b.reason,
      deliveryId: b.deliveryId,
    },
  }));
}

/** One booking's record; 404 when there is none. */
export async function findBooking(db: Executor, id: string): Promise<TBookingRecord> {
  const [found] = await loadBookingRecords(db, eq(bookings.id, id));
  if (!found) throw notFound('Booking');
  return found;
}

/** The booking as the actor sees it, with what they may do now. */
export function presentBooking(record: TBookingRecord, actor: TActor | null, now: Date): TBooking {
  return { ...record.booking, abilities: bookingAbilities(actor, record.facts, now) };
}
