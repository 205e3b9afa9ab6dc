import type { TActor } from '../../platform/http/actor';
import { isAdmin, isMemberOf, isStaff } from '../../platform/http/authorize';
import { definePolicy } from '../../platform/http/policy';

/** What the rules need to know about an event. */
export interface TEventFacts {
  visibility: string;
  published: boolean;
}

/** What the rules need to know about a registration: whose it is. */
export interface TRegistrationFacts {
  userId: string | null;
  organisationId: string | null;
}

/**
 * Who is looking: the actor, and whether they belong to a consortium partner (internal events such as
 * general meetings are for partners' people and staff only).
 */
export interface TViewer {
  actor: TActor | null;
  isPartnerPerson: boolean;
}

/** An event as a route loads it for the rules: the event and whether the caller is a partner's person. */
export interface TEventViewFacts<E extends TEventFacts = TEventFacts> {
  event: E;
  isPartnerPerson: boolean;
}

/** A registration as a route loads it for the rules: the registration and whether the e-mailed token came with it. */
export interface TRegistrationAccessFacts<R extends TRegistrationFacts = TRegistrationFacts> {
  registration: R;
  tokenMatches: boolean;
}

const isRegistrant = (a: TActor | null, r: TRegistrationFacts) =>
  !!a && ((!!r.userId && r.userId === a.userId) || (!!r.organisationId && isMemberOf(a, r.organisationId)));

/** Staff see drafts; others see published events their visibility admits. */
const view = (a: TActor | null, f: TEventViewFacts) =>
  isStaff(a) ||
  (f.event.published &&
    (f.event.visibility === 'public' ||
      (f.event.visibility === 'members' && !!a) ||
      (f.event.visibility === 'internal' && f.isPartnerPerson)));

/** The person who registered and their organisation's members; never another organisation. */
const viewRegistration = (a: TActor | null, r: TRegistrationFacts) => isStaff(a) || isRegistrant(a, r);

/** Who may do what with events and registrations. One line per rule; routes bind these before any command. */
export const eventPolicy = definePolicy('events', {
  list: (_a: TActor | null) => true,
  view,
  /** The hub's public iCalendar feed: public events only, for anyone. */
  feed: (_a: TActor | null) => true,
  create: (a: TActor | null) => isStaff(a),
  update: (a: TActor | null) => isStaff(a),
  publish: (a: TActor | null) => isStaff(a),
  delete: (a: TActor | null) => isAdmin(a),
  manage: (a: TActor | null) => isStaff(a),
  checkIn: (a: TActor | null) => isStaff(a),
  /** A signed-in person registers for an event they can see, on behalf of their own organisation; staff for anyone. */
  register: (a: TActor | null, f: TEventViewFacts & { organisationId: string | null | undefined }) =>
    !!a && view(a, f) && (isStaff(a) || !f.organisationId || isMemberOf(a, f.organisationId)),
  listRegistrations: (a: TActor | null) => isStaff(a),
  reorderWaitlist: (a: TActor | null) => isStaff(a),
  mine: (a: TActor | null) => !!a,
  viewRegistration,
  /** A registration (and its calendar file): whoever may see it, or anyone holding its e-mailed token. */
  readRegistration: (a: TActor | null, f: TRegistrationAccessFacts) =>
    viewRegistration(a, f.registration) || f.tokenMatches,
  cancelRegistration: (a: TActor | null, r: TRegistrationFacts) => isStaff(a) || isRegistrant(a, r),
  reviewRegistration: (a: TActor | null) => isStaff(a),
  /** Offers and the waiting list: the registrant signed in, or anyone holding the registration's e-mailed token. */
  respondToOffer: (a: TActor | null, f: TRegistrationAccessFacts) =>
    f.tokenMatches || isStaff(a) || isRegistrant(a, f.registration),
});

/** Who may do what with certificates of attendance. One line per rule; routes bind these before any command. */
export const certificatePolicy = definePolicy('certificates', {
  /** Issuing follows the check-ins, which are staff's. */
  issue: (a: TActor | null) => isStaff(a),
  /** A registration's certificates: whoever may see the registration. */
  list: (a: TActor | null, r: TRegistrationFacts) => viewRegistration(a, r),
  /** The code is the secret: whoever holds it (the participant, an employer it was shown to) may read the certificate. */
  download: (_a: TActor | null) => true,
  verify: (_a: TActor | null) => true,
});
