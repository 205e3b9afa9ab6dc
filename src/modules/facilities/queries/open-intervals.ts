import { and, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { availabilityExceptions, availabilityRules } from '../../../platform/db/schema';
import { openIntervals } from '../../../domain/calendar/availability';
import type { TInterval } from '../../../domain/calendar/rrule';

const DAY_MS = 86_400_000;

/**
 * The resource's open intervals overlapping [from, to): its rules expanded in Sofia wall-clock time, plus extra
 * openings, minus closures. The range is widened by a day each side so an opening that straddles an edge is whole.
 */
export async function loadOpenIntervals(db: Executor, resourceId: string, from: Date, to: Date): Promise<TInterval[]> {
  const range = { from: new Date(from.getTime() - DAY_MS), to: new Date(to.getTime() + DAY_MS) };
  const rules = await db.select().from(availabilityRules).where(eq(availabilityRules.resourceId, resourceId));
  const exceptions = await db
    .select()
    .from(availabilityExceptions)
    .where(
      and(
        eq(availabilityExceptions.resourceId, resourceId),
        lt(availabilityExceptions.startsAt, range.to),
        gt(availabilityExceptions.endsAt, range.from),
      ),
    );
  const open = openIntervals(
    rules.map((r) => ({
      rrule: r.rrule,
      startTime: r.startTime,
      endTime: r.endTime,
      validFrom: r.validFrom,
      validUntil: r.validUntil,
    })),
    exceptions.map((e) => ({ kind: e.kind as 'closed' | 'open', startsAt: e.startsAt, endsAt: e.endsAt })),
    range,
  );
  return open.filter((i) => i.endsAt > from && i.startsAt < to);
}
