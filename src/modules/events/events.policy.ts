import type { TActor } from '../../platform/http/actor';
import { isAdmin, isMemberOf, isStaff } from '../../platform/http/authorize';

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

const isRegistrant = (a: TActor | null, r: TRegistrationFacts) =>
  !!a && ((!!r.userId && r.userId === a.userId) || (!!r.organisationId && isMemberOf(a, r.organisationId)));

/** Who may do what with events and registrations. One line per rule; routes call these before any command. */
export const eventPolicy = {
  list: () => true,
  /** Staff see drafts; others see published events their visibility admits. */
  view: (v: TViewer, e: TEventFacts) =>
    isStaff(v.actor) ||
    (e.published &&
      (e.visibility === 'public' || (e.visibility === 'members' && !!v.actor) || (e.visibility === 'internal' && v.isPartnerPerson))),
  create: (a: TActor | null) => isStaff(a),
  update: (a: TActor | null) => isStaff(a),
  publish: (a: TActor | null) => isStaff(a),
  delete: (a: TActor | null) => isAdmin(a),
  manage: (a: TActor | null) => isStaff(a),
  checkIn: (a: TActor | null) => isStaff(a),
  /** A signed-in person registers for an event they can see, on behalf of their own organisation; staff for anyone. */
  register: (v: TViewer, e: TEventFacts, organisationId: string | null | undefined) =>
    !!v.actor && eventPolicy.view(v, e) && (isStaff(v.actor) || !organisationId || isMemberOf(v.actor, organisationId)),
  listRegistrations: (a: TActor | null) => isStaff(a),
  reorderWaitlist: (a: TActor | null) => isStaff(a),
  mine: (a: TActor | null) => !!a,
  /** The person who registered and their organisation's members; never another organisation. */
  viewRegistration: (a: TActor | null, r: TRegistrationFacts) => isStaff(a) || isRegistrant(a, r),
  cancelRegistration: (a: TActor | null, r: TRegistrationFacts) => isStaff(a) || isRegistrant(a, r),
  reviewRegistration: (a: TActor | null) => isStaff(a),
  /** Offers and the waiting list: the registrant signed in, or anyone holding the registration's e-mailed token. */
  respondToOffer: (a: TActor | null, r: TRegistrationFacts, tokenMatches: boolean) => tokenMatches || isStaff(a) || isRegistrant(a, r),
};
