import { and, eq, gt, inArray, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { bookings } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import type { TBookingListQuery, TBooking } from '../../../contract/facilities';
import { loadBookingRecords, presentBooking } from './load-bookings';

export interface ListBookingsOptions {
  actor: TActor;
  /** Staff see every booking; others only their organisations'. */
  all: boolean;
  query: TBookingListQuery;
  now: Date;
}

/** Bookings by resource, organisation, period and status, in start order. */
export async function listBookings(db: Executor, opts: ListBookingsOptions): Promise<TBooking[]> {
  const q = opts.query;
  const where: SQL[] = [];
  if (!opts.all) {
    const mine = [...opts.actor.memberships.keys()];
    if (!mine.length) return [];
    where.push(inArray(bookings.organisationId, mine));
  }
  if (q.resourceId) where.push(eq(bookings.resourceId, q.resourceId));
  if (q.organisationId) where.push(eq(bookings.organisationId, q.organisationId));
  if (q.status) where.push(eq(bookings.status, q.status));
  if (q.from) where.push(gt(bookings.endsAt, new Date(q.from)));
  if (q.to) where.push(lt(bookings.startsAt, new Date(q.to)));
  const records = await loadBookingRecords(db, and(...where));
  return records.map((r) => presentBooking(r, opts.actor, opts.now));
}
