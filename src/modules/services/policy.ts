import type { TActor } from '../../platform/http/actor';
import { isAdmin, isStaff } from '../../platform/http/authorize';
import { definePolicy } from '../../platform/http/policy';

/** Who may do what with the service catalogue. One line per rule; routes call these before any command. */
export const servicePolicy = definePolicy('services', {
  /** The catalogue is public; what it lists depends on `viewUnpublished`. */
  list: (_a: TActor | null) => true,
  /** The catalogue as asked for: anyone, but drafts only for those who may see them. */
  listAsked: (a: TActor | null, asked: { includeUnpublished: boolean }) => !asked.includeUnpublished || isStaff(a),
  /** Drafts (unpublished services) are for hub staff only. */
  viewUnpublished: (a: TActor | null) => isStaff(a),
  /** A published service is public; an unpublished one exists only for staff (others get 404, not 403). */
  view: (a: TActor | null, service: { published: boolean }) => service.published || isStaff(a),
  /** The same rule over what a slug lookup found. */
  viewFound: (a: TActor | null, found: { row: { published: boolean } }) => found.row.published || isStaff(a),
  create: (a: TActor | null) => isStaff(a),
  update: (a: TActor | null) => isStaff(a),
  publish: (a: TActor | null) => isStaff(a),
  /** Deleting loses history that requests and deliveries point to: admins only (staff unpublish). */
  delete: (a: TActor | null) => isAdmin(a),
});

export type TServiceAbilities = Record<'update' | 'publish' | 'delete', boolean>;

/** The abilities sent with a service so the web app shows only what the actor may do. */
export function serviceAbilities(a: TActor | null): TServiceAbilities {
  return { update: servicePolicy.update(a), publish: servicePolicy.publish(a), delete: servicePolicy.delete(a) };
}

/** The abilities sent with the catalogue list. */
export function catalogueAbilities(a: TActor | null): { create: boolean; viewUnpublished: boolean } {
  return { create: servicePolicy.create(a), viewUnpublished: servicePolicy.viewUnpublished(a) };
}
