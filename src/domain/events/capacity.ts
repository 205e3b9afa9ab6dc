/**
 * Seats of an event and the decision for a new registration. Registrations are quantity-aware (a party of N
 * people of one organisation takes N seats).
 *
 * - The effective capacity is the smallest of the event's limit and its sessions' room limits (null = none):
 *   a registration is for the whole event, so the smallest room decides.
 * - Seats are held by confirmed, pending (awaiting staff approval — the seat is kept for them meanwhile) and
 *   offered (a waiting-list offer not yet answered) registrations.
 * - Fairness: when anyone is already waiting, a newcomer joins the end of the list even if seats happen to be
 *   free (they are about to be offered to the people in line), so nobody jumps the queue.
 * - A party bigger than the whole capacity can never be served; callers refuse it up front (seatsProblem)
 *   rather than let it wait forever.
 * The command calls decideRegistration inside its transaction, under a lock on the event row, with `held` and
 * `waitlistLength` read under that lock — that is what makes "capacity never exceeded" hold under concurrency.
 */
import type { TRegistrationStatus } from '../../contract/events/enums';

export type { TRegistrationStatus };

/** The statuses whose seats count against the capacity. */
export const SEAT_HOLDING_STATUSES: readonly TRegistrationStatus[] = ['confirmed', 'pending', 'offered'];

/** The status a new registration gets. */
export type TRegistrationDecision = 'confirmed' | 'pending' | 'waitlisted';

/** Whether registration is possible now: open, not yet open, or closed. */
export type TRegistrationWindow = 'open' | 'not_yet' | 'closed';

/** Seats cap of an event: the smallest of the event's and its sessions' limits; null when none is set. */
export function effectiveCapacity(
  eventCapacity: number | null,
  sessionCapacities: readonly (number | null)[],
): number | null {
  const limits = [eventCapacity, ...sessionCapacities].filter((c): c is number => c !== null && c !== undefined);
  return limits.length === 0 ? null : Math.min(...limits);
}

/** Seats held by registrations (confirmed + pending + offered). */
export function seatsHeld(registrations: readonly { status: string; seats: number }[]): number {
  return registrations.reduce(
    (sum, r) => (SEAT_HOLDING_STATUSES.includes(r.status as TRegistrationStatus) ? sum + r.seats : sum),
    0,
  );
}

/** Free seats (never negative, since staff may lower a capacity below the seats held); null = unlimited. */
export function seatsLeft(capacity: number | null, held: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - held);
}

/** Why a party size is refused: not a whole number ≥ 1, or more than the event can ever seat; null when fine. */
export function seatsProblem(capacity: number | null, seats: number): 'seats_invalid' | 'seats_exceed_capacity' | null {
  if (!Number.isInteger(seats) || seats < 1) return 'seats_invalid';
  if (capacity !== null && seats > capacity) return 'seats_exceed_capacity';
  return null;
}

/**
 * The status of a new registration of `seats` given the seats `held` and the number of people waiting
 * (`waitlistLength` = waitlisted registrations). Fair: anyone waiting ⇒ waitlisted. Throws a RangeError for
 * a party seatsProblem refuses — callers check that first.
 */
export function decideRegistration(input: {
  capacity: number | null;
  held: number;
  seats: number;
  approvalRequired: boolean;
  waitlistLength: number;
}): TRegistrationDecision {
  const { capacity, held, seats, approvalRequired, waitlistLength } = input;
  const problem = seatsProblem(capacity, seats);
  if (problem !== null) throw new RangeError(`Cannot decide a registration: ${problem}`);
  const admitted = approvalRequired ? 'pending' : 'confirmed';
  if (waitlistLength > 0) return 'waitlisted';
  if (capacity === null) return admitted;
  return held + seats <= capacity ? admitted : 'waitlisted';
}

/**
 * Whether registration is open at `now`: not before `opensAt`; closed from `closesAt`, or — when no closing
 * time is set — from the start of the first session (null times are not limits).
 */
export function registrationWindow(
  now: Date,
  opensAt: Date | null,
  closesAt: Date | null,
  firstStartsAt: Date | null,
): TRegistrationWindow {
  const t = now.getTime();
  if (opensAt && t < opensAt.getTime()) return 'not_yet';
  const closing = closesAt ?? firstStartsAt;
  if (closing && t >= closing.getTime()) return 'closed';
  return 'open';
}
