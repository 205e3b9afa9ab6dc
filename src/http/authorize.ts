import { forbidden, unauthenticated } from '../errors';
import type { TActor } from './actor';

/** Throws 401 for an anonymous caller and 403 for a signed-in one when the policy says no. */
export function authorize(actor: TActor | null, allowed: boolean): void {
  if (allowed) return;
  throw actor ? forbidden() : unauthenticated();
}

/** Narrows to a signed-in actor or throws 401. */
export function requireActor(actor: TActor | null): TActor {
  if (!actor) throw unauthenticated();
  return actor;
}

export const isAdmin = (a: TActor | null): boolean => a?.role === 'admin';
export const isStaff = (a: TActor | null): boolean => a?.role === 'admin' || a?.role === 'staff';
export const isMemberOf = (a: TActor | null, organisationId: string): boolean => !!a?.memberships.has(organisationId);
export const isOwnerOf = (a: TActor | null, organisationId: string): boolean => a?.memberships.get(organisationId) === 'owner';
