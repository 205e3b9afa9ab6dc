import type { TActor } from '../../platform/http/actor';
import { isMemberOf, isStaff } from '../../platform/http/authorize';
import { definePolicy } from '../../platform/http/policy';

/** What the rules need to know about a booking. */
export interface TBookingFacts {
  organisationId: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  cancellationHours: number;
  deliveryId: string | null;
}

const HOUR_MS = 3_600_000;
const isActive = (b: Pick<TBookingFacts, 'status'>) => b.status === 'pending' || b.status === 'confirmed';

const viewBooking = (a: TActor | null, b: Pick<TBookingFacts, 'organisationId'>) =>
  isStaff(a) || isMemberOf(a, b.organisationId);

/** Who may do what with facilities and bookings. One line per rule; routes bind these before any command. */
export const facilityPolicy = definePolicy('facilities', {
  /** The resource list, pages, availability and the combined calendar are public. */
  viewResources: (_a: TActor | null) => true,
  /** Drawing resources, opening rules and closures is hub staff's work. */
  manage: (a: TActor | null) => isStaff(a),
  /** Members book for their own organisation; staff for any. */
  book: (a: TActor | null, organisationId: string) => isStaff(a) || isMemberOf(a, organisationId),
  listBookings: (a: TActor | null) => !!a,
  listAllBookings: (a: TActor | null) => isStaff(a),
  viewBooking,
  /** The same rule over the booking record a route loaded. */
  viewFoundBooking: (a: TActor | null, record: { facts: Pick<TBookingFacts, 'organisationId'> }) =>
    viewBooking(a, record.facts),
  /** Passing the door for a cancellation; cancellationAllowed decides on the deadline. */
  cancel: (a: TActor | null, b: Pick<TBookingFacts, 'organisationId'>) => viewBooking(a, b),
  /** The same door over the booking record a route loaded. */
  cancelFound: (a: TActor | null, record: { facts: Pick<TBookingFacts, 'organisationId'> }) =>
    viewBooking(a, record.facts),
  decide: (a: TActor | null) => isStaff(a),
  recordDelivery: (a: TActor | null) => isStaff(a),
  usage: (a: TActor | null) => isStaff(a),
  recordNda: (a: TActor | null) => isStaff(a),
  viewNdas: (a: TActor | null, organisationId: string) => isStaff(a) || isMemberOf(a, organisationId),
});

/**
 * The cancellation policy: staff may cancel an active booking at any time; the booking organisation's members until
 * `cancellationHours` before the start; nobody once it is recorded as a delivery.
 */
export function cancellationAllowed(a: TActor | null, b: TBookingFacts, now: Date): boolean {
  // A booking recorded as a delivery stays until the delivery is corrected.
  if (!isActive(b) || b.deliveryId || !facilityPolicy.cancel(a, b)) return false;
  if (isStaff(a)) return true;
  return now.getTime() <= b.startsAt.getTime() - b.cancellationHours * HOUR_MS;
}

export interface TBookingAbilities {
  cancel: boolean;
  approve: boolean;
  record: boolean;
}

/** The abilities sent with a booking so the web app shows only what the actor may do. */
export function bookingAbilities(a: TActor | null, b: TBookingFacts, now: Date): TBookingAbilities {
  return {
    cancel: cancellationAllowed(a, b, now),
    approve: facilityPolicy.decide(a) && b.status === 'pending',
    record: facilityPolicy.recordDelivery(a) && b.status === 'confirmed' && b.endsAt <= now && !b.deliveryId,
  };
}
