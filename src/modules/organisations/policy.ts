import type { TActor } from '../../platform/http/actor';
import { isAdmin, isMemberOf, isOwnerOf, isStaff } from '../../platform/http/authorize';
import { definePolicy } from '../../platform/http/policy';
import type { TOrganisationAbilities } from '../../contract/organisations';

/** The organisation that asked for a pending ownership link. */
export const pendingLinkRequester = (l: { requestedSide: string | null; ownerId: string; ownedId: string }): string =>
  l.requestedSide === 'owned' ? l.ownedId : l.ownerId;

/** The facts of a rule about one organisation. */
export interface TOrganisationFacts {
  organisationId: string;
}

/** The facts of a step on a pending ownership link, seen from one of its organisations. */
export interface TPendingStepFacts extends TOrganisationFacts {
  requesterId: string;
  step: 'confirm' | 'decline' | 'withdraw';
}

const staffOrMember = (a: TActor | null, f: TOrganisationFacts) => isStaff(a) || isMemberOf(a, f.organisationId);
const staffOrOwner = (a: TActor | null, f: TOrganisationFacts) => isStaff(a) || isOwnerOf(a, f.organisationId);

/** Who may do what with organisations. One line per rule; routes bind these before any command. */
export const organisationPolicy = definePolicy('organisations', {
  /** The whole registry: hub staff. Others list only their own organisations. */
  listAll: (a: TActor | null) => isStaff(a),
  list: (a: TActor | null) => !!a,
  register: (a: TActor | null) => !!a,
  /** Staff register any EIK at once; others registering an EIK of the public register only claim it (staff confirm). */
  registerWithoutClaim: (a: TActor | null) => isStaff(a),
  view: (a: TActor | null, f: TOrganisationFacts) => staffOrMember(a, f),
  update: (a: TActor | null, f: TOrganisationFacts) => staffOrMember(a, f),
  manageFigures: (a: TActor | null, f: TOrganisationFacts) => staffOrMember(a, f),
  manageContacts: (a: TActor | null, f: TOrganisationFacts) => staffOrMember(a, f),
  /** Ownership links shape the single undertaking and so the aid ceiling: staff, or the organisation's owner. */
  manageOwnership: (a: TActor | null, f: TOrganisationFacts) => staffOrOwner(a, f),
  /**
   * A step on a pending ownership link, seen from one of its organisations: the side that did not ask confirms or
   * declines, the side that asked withdraws; staff may take any step.
   */
  settlePendingLink: (a: TActor | null, f: TPendingStepFacts) =>
    isStaff(a) || (isOwnerOf(a, f.organisationId) && (f.step === 'withdraw') === (f.requesterId === f.organisationId)),
  manageMembers: (a: TActor | null, f: TOrganisationFacts) => staffOrOwner(a, f),
  setPartner: (a: TActor | null) => isAdmin(a),
  /** EIK claims: everyone signed in sees their own, staff all; only staff confirm or reject them. */
  listClaims: (a: TActor | null) => !!a,
  decideClaim: (a: TActor | null) => isStaff(a),
  delete: (a: TActor | null) => isAdmin(a),
});

/** The abilities sent to the web app so it shows only what the actor may do. */
export function organisationAbilities(a: TActor | null, organisationId: string): TOrganisationAbilities {
  const f = { organisationId };
  return {
    update: organisationPolicy.update(a, f),
    manageFigures: organisationPolicy.manageFigures(a, f),
    manageContacts: organisationPolicy.manageContacts(a, f),
    manageOwnership: organisationPolicy.manageOwnership(a, f),
    manageMembers: organisationPolicy.manageMembers(a, f),
    setPartner: organisationPolicy.setPartner(a),
    delete: organisationPolicy.delete(a),
  };
}
