import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { bookings } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/errors';
import type { TResourceRow } from './load-resources';
import { loadOpenIntervals } from './open-intervals';

/** The widest range one availability request may ask for. */
const MAX_RANGE_DAYS = 92;

export interface TAvailabilityView {
  open: { startsAt: string; endsAt: string }[];
  busy: { startsAt: string; endsAt: string; seats: number; mine: boolean }[];
  capacity: number;
}

/** When the resource is open in [from, to) and which times active bookings hold (without saying whose). */
export async function resourceAvailability(
  db: Executor,
  resource: TResourceRow,
  from: Date,
  to: Date,
  actor: TActor | null,
): Promise<TAvailabilityView> {
  if (to <= from)
    throw new AppError('validation_failed', '`to` must be after `from`', {
      fields: [{ field: 'to', code: 'before_from', message: 'must be after from' }],
    });
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new AppError('validation_failed', `Ask for at most ${MAX_RANGE_DAYS} days at once`, {
      fields: [{ field: 'to', code: 'too_wide', message: 'range too wide' }],
    });
  }
  const open = await loadOpenIntervals(db, resource.id, from, to);
  const busy = await db
    .select({
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      seats: bookings.seats,
      organisationId: bookings.organisationId,
    })
    .from(bookings)
    .where(
      and(
        eq(bookings.resourceId, resource.id),
        inArray(bookings.status, ['pending', 'confirmed']),
        lt(bookings.startsAt, to),
        gt(bookings.endsAt, from),
      ),
    )
    .orderBy(bookings.startsAt);
  return {
    open: open.map((i) => ({ startsAt: i.startsAt.toISOString(), endsAt: i.endsAt.toISOString() })),
    busy: busy.map((b) => ({
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      seats: b.seats,
      mine: !!actor?.memberships.has(b.organisationId),
    })),
    capacity: resource.capacity,
  };
}
