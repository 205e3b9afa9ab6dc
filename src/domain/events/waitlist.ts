/**
 * The waiting list of an event: one list per event capacity (not per ticket kind), in `rank` order (lower is
 * earlier; new entries go to the end, staff may move someone with a reason).
 *
 * Offers are made strictly in rank order. The first in line is offered a seat when their whole party fits the
 * free seats; then the next, and so on. When the first in line does NOT fit (a party of 3 with 2 seats free),
 * nobody behind them is offered — not even a party of 1 that would fit. Letting smaller parties pass would
 * starve larger ones forever; the seats wait until enough free up for the first in line. The one exception is
 * a party larger than the whole capacity (possible only if staff lowered it): it can never be served, so it is
 * passed over rather than block the list for good, and staff see it in the list to resolve.
 *
 * Ranks are fractional (numeric(20, 6) in the database): moving an entry gives it a rank between its new
 * neighbours; when the six decimals leave no room, the whole list is renumbered.
 */
import type { TRegistrationStatus } from './capacity';

/** A waiting registration: its id, party size, and rank. */
export interface TWaitlistEntry {
  id: string;
  seats: number;
  rank: number;
}

/** The gap between ranks given to entries appended to the list or renumbered. */
export const RANK_STEP = 1000;
const RANK_SCALE = 1_000_000; // six decimals, as stored

/** Sorts waiting entries by rank (stable: equal ranks keep their input order). */
export function sortByRank<T extends { rank: number }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.rank - b.rank);
}

/**
 * The ids to offer seats to now, in rank order: the first in line while their whole party fits the seats left
 * (capacity − held); stops at the first who does not fit (no skipping). Parties larger than the capacity are
 * passed over. With no capacity (null) everyone is offered.
 */
export function offersToMake(input: {
  capacity: number | null;
  held: number;
  waitlist: readonly TWaitlistEntry[];
}): string[] {
  const { capacity, held, waitlist } = input;
  const sorted = sortByRank(waitlist);
  if (capacity === null) return sorted.map((e) => e.id);
  let free = capacity - held;
  const offers: string[] = [];
  for (const entry of sorted) {
    if (entry.seats > capacity) continue;
    if (entry.seats > free) break;
    offers.push(entry.id);
    free -= entry.seats;
  }
  return offers;
}

/**
 * When an offer made at `now` expires: `holdHours` later, but never after `latest` (e.g. the first session's
 * start — an offer to attend must be answerable before the event), and never before `now`.
 */
export function offerExpiry(now: Date, holdHours: number, latest: Date | null = null): Date {
  const expiry = now.getTime() + holdHours * 3_600_000;
  const capped = latest ? Math.min(expiry, latest.getTime()) : expiry;
  return new Date(Math.max(capped, now.getTime()));
}

/** The ids of offered registrations whose offer has expired at `now` (expiry time inclusive). */
export function expiredOffers(
  registrations: readonly { id: string; status: TRegistrationStatus | string; offerExpiresAt: Date | null }[],
  now: Date,
): string[] {
  return registrations
    .filter((r) => r.status === 'offered' && r.offerExpiresAt !== null && r.offerExpiresAt.getTime() <= now.getTime())
    .map((r) => r.id);
}

/** The rank of an entry appended after the last one (`lastRank` null for an empty list). */
export function nextRank(lastRank: number | null): number {
  return lastRank === null ? RANK_STEP : Math.floor(lastRank / RANK_STEP) * RANK_STEP + RANK_STEP;
}

/**
 * A rank strictly between `before` and `after` (either null = the list's end), rounded to the six stored
 * decimals; null when there is no room left between them (renumber the list, see reorderWaitlist).
 */
export function rankBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return RANK_STEP;
  if (after === null) return nextRank(before);
  if (before === null) return after - RANK_STEP;
  const middle = Math.round(((before + after) / 2) * RANK_SCALE) / RANK_SCALE;
  return middle > before && middle < after ? middle : null;
}

/**
 * The rank changes that move `moveId` to just before `beforeId` (null = to the end): usually one update;
 * the whole list renumbered (RANK_STEP apart, in the new order) when no rank fits between the neighbours.
 * Throws a RangeError when an id is not in the list.
 */
export function reorderWaitlist(
  waitlist: readonly { id: string; rank: number }[],
  moveId: string,
  beforeId: string | null,
): { id: string; rank: number }[] {
  const sorted = sortByRank(waitlist);
  const moving = sorted.find((e) => e.id === moveId);
  if (!moving) throw new RangeError(`${moveId} is not on the waiting list`);
  if (beforeId === moveId) return [];
  const others = sorted.filter((e) => e.id !== moveId);
  const index = beforeId === null ? others.length : others.findIndex((e) => e.id === beforeId);
  if (index < 0) throw new RangeError(`${beforeId} is not on the waiting list`);
  const previous = index > 0 ? others[index - 1].rank : null;
  const next = index < others.length ? others[index].rank : null;
  if ((previous === null || moving.rank > previous) && (next === null || moving.rank < next)) return [];
  const rank = rankBetween(previous, next);
  if (rank !== null) return [{ id: moveId, rank }];
  const order = [...others.slice(0, index), moving, ...others.slice(index)];
  return order.map((e, i) => ({ id: e.id, rank: (i + 1) * RANK_STEP }));
}

/** 1-based positions of waiting entries in rank order, by id. */
export function waitlistPositions(waitlist: readonly { id: string; rank: number }[]): Map<string, number> {
  return new Map(sortByRank(waitlist).map((e, i) => [e.id, i + 1]));
}
