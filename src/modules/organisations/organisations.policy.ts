import type { TActor } from '../../platform/http/actor';
import { isAdmin, isMemberOf, isOwnerOf, isStaff } from '../../platform/http/authorize';

/** The organisation that asked for a pending ownership link. */
export const pendingLinkRequester = (l: { requestedSide: string | null; ownerId: string; ownedId: string }): string =>
  l.requestedSide === 'owned' ? l.ownedId : l.ownerId;

/** Who may do what with organisations. One line per rule; routes call these before any command. */
export const organisationPolicy = {
  /** The whole registry: hub staff. Others list only their own organisations. */
  listAll: (a: TActor | null) => isStaff(a),
  list: (a: TActor | null) => !!a,
  register: (a: TActor | null) => !!a,
  /** Staff register any EIK at once; others registering an EIK of the public register only claim it (staff confirm). */
  registerWithoutClaim: (a: TActor | null) => isStaff(a),
  view: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  update: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  manageFigures: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  manageContacts: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  /** Ownership links shape the single undertaking and so the aid ceiling: staff, or the organisation's owner. */
  manageOwnership: (a: TActor | null, orgId: string) => isStaff(a) || isOwnerOf(a, orgId),
  /**
   * A step on a pending ownership link, seen from one of its organisations: the side that did not ask confirms or
   * declines, the side that asked withdraws; staff may take any step.
   */
  settlePendingLink: (a: TActor | null, orgId: string, requesterId: string, step: 'confirm' | 'decline' | 'withdraw') =>
    isStaff(a) || (isOwnerOf(a, orgId) && (step === 'withdraw') === (requesterId === orgId)),
  manageMembers: (a: TActor | null, orgId: string) => isStaff(a) || isOwnerOf(a, orgId),
  setPartner: (a: TActor | null) => isAdmin(a),
  /** EIK claims: everyone signed in sees their own, staff all; only staff confirm or reject them. */
  listClaims: (a: TActor | null) => !!a,
  decideClaim: (a: TActor | null) => isStaff(a),
  delete: (a: TActor | null) => isAdmin(a),
};

export type TOrganisationAbilities = Record<
  'update' | 'manageFigures' | 'manageContacts' | 'manageOwnership' | 'manageMembers' | 'setPartner' | 'delete',
  boolean
>;

/** The abilities sent to the web app so it shows only what the actor may do. */
export function organisationAbilities(a: TActor | null, orgId: string): TOrganisationAbilities {
  return {
    update: organisationPolicy.update(a, orgId),
    manageFigures: organisationPolicy.manageFigures(a, orgId),
    manageContacts: organisationPolicy.manageContacts(a, orgId),
    manageOwnership: organisationPolicy.manageOwnership(a, orgId),
    manageMembers: organisationPolicy.manageMembers(a, orgId),
    setPartner: organisationPolicy.setPartner(a),
    delete: organisationPolicy.delete(a),
  };
}
