/**
 * When a resource is open and whether a booking fits: opening rules expanded into intervals, extra openings
 * added, closures cut out (a closure always wins, even over an extra opening that overlaps it), and for shared
 * desks the peak number of seats taken at once.
 *
 * All intervals are half-open [startsAt, endsAt): a booking ending at 12:00 and one starting at 12:00 do not
 * overlap, which matches the exclusion constraint on tstzrange '[)' in the database.
 */
import { type TAvailabilityRule, type TInterval, type TRange, expandRule } from './rrule';

/** The rule and interval types, re-exported so facilities code imports availability from one module. */
export type { TAvailabilityRule, TInterval, TRange };

/** A closure (holiday, maintenance) or an extra opening overriding the rules for a time range. */
export interface TAvailabilityException {
  kind: 'closed' | 'open';
  startsAt: Date;
  endsAt: Date;
}

/** A booking that takes seats of a shared resource for a time range. */
export interface TSeatBooking {
  startsAt: Date;
  endsAt: Date;
  seats: number;
}

const ms = (d: Date) => d.getTime();

/** Sorts intervals and merges the overlapping or touching ones (empty intervals are dropped). */
export function mergeIntervals(intervals: readonly TInterval[]): TInterval[] {
  const sorted = intervals.filter((i) => ms(i.endsAt) > ms(i.startsAt)).sort((a, b) => ms(a.startsAt) - ms(b.startsAt));
  const merged: TInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && ms(interval.startsAt) <= ms(last.endsAt)) {
      if (ms(interval.endsAt) > ms(last.endsAt)) last.endsAt = interval.endsAt;
    } else {
      merged.push({ startsAt: interval.startsAt, endsAt: interval.endsAt });
    }
  }
  return merged;
}

/** The parts of `base` not covered by any of `cuts`, merged and sorted. */
export function subtractIntervals(base: readonly TInterval[], cuts: readonly TInterval[]): TInterval[] {
  const holes = mergeIntervals(cuts);
  const result: TInterval[] = [];
  for (const interval of mergeIntervals(base)) {
    let cursor = ms(interval.startsAt);
    const end = ms(interval.endsAt);
    for (const hole of holes) {
      if (ms(hole.endsAt) <= cursor || ms(hole.startsAt) >= end) continue;
      if (ms(hole.startsAt) > cursor) result.push({ startsAt: new Date(cursor), endsAt: hole.startsAt });
      cursor = Math.max(cursor, ms(hole.endsAt));
      if (cursor >= end) break;
    }
    if (cursor < end) result.push({ startsAt: new Date(cursor), endsAt: new Date(end) });
  }
  return result;
}

/** Cuts intervals to the range [from, to), dropping those outside it. */
export function clipIntervals(intervals: readonly TInterval[], range: TRange): TInterval[] {
  return intervals
    .map((i) => ({
      startsAt: new Date(Math.max(ms(i.startsAt), ms(range.from))),
      endsAt: new Date(Math.min(ms(i.endsAt), ms(range.to))),
    }))
    .filter((i) => ms(i.endsAt) > ms(i.startsAt));
}

/**
 * The open intervals of a resource within `range`: the union of its expanded rules and extra openings, minus
 * closures; merged, sorted and clipped to the range.
 */
export function openIntervals(
  rules: readonly TAvailabilityRule[],
  exceptions: readonly TAvailabilityException[],
  range: TRange,
): TInterval[] {
  const opened = [...rules.flatMap((rule) => expandRule(rule, range)), ...exceptions.filter((e) => e.kind === 'open')];
  const closed = exceptions.filter((e) => e.kind === 'closed');
  return clipIntervals(subtractIntervals(opened, closed), range);
}

/** Whether [start, end) lies wholly inside one open interval (touching open intervals count as one). */
export function fitsAvailability(open: readonly TInterval[], start: Date, end: Date): boolean {
  if (ms(end) <= ms(start)) return false;
  return mergeIntervals(open).some((i) => ms(i.startsAt) <= ms(start) && ms(end) <= ms(i.endsAt));
}

/** Whether a booking's length is within the resource's limits: 'too_short', 'too_long', or null when it is. */
export function bookingLengthProblem(
  start: Date,
  end: Date,
  minMinutes: number,
  maxMinutes: number,
): 'too_short' | 'too_long' | null {
  const minutes = (ms(end) - ms(start)) / 60_000;
  if (minutes < minMinutes) return 'too_short';
  if (minutes > maxMinutes) return 'too_long';
  return null;
}

/**
 * The most seats held at any one moment within [start, end) by `bookings` (a sweep line over their starts and
 * ends; a booking ending when another starts does not add to it). Bookings outside the range are ignored.
 */
export function maxConcurrentSeats(bookings: readonly TSeatBooking[], start: Date, end: Date): number {
  const points: { at: number; delta: number }[] = [];
  for (const b of bookings) {
    const from = Math.max(ms(b.startsAt), ms(start));
    const to = Math.min(ms(b.endsAt), ms(end));
    if (to <= from) continue;
    points.push({ at: from, delta: b.seats }, { at: to, delta: -b.seats });
  }
  // At the same instant, releases come before takes: half-open intervals do not overlap at their edge.
  points.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let current = 0;
  let peak = 0;
  for (const p of points) {
    current += p.delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

/**
 * Whether `seats` more seats fit a shared resource of `capacity`, where `overlapping` is the peak already held
 * during the requested time (maxConcurrentSeats over the overlapping active bookings).
 */
export function deskBookingAllowed(input: { capacity: number; overlapping: number; seats: number }): boolean {
  const { capacity, overlapping, seats } = input;
  if (!Number.isInteger(seats) || seats < 1) return false;
  return overlapping + seats <= capacity;
}
