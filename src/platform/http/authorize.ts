import { AppError } from '../errors';
import type { TActor } from './actor';
import { unverifiedMay, type TBoundRule } from './policy';

export const isAdmin = (a: TActor | null): boolean => a?.role === 'admin';
export const isStaff = (a: TActor | null): boolean => a?.role === 'admin' || a?.role === 'staff';
export const isMemberOf = (a: TActor | null, organisationId: string): boolean => !!a?.memberships.has(organisationId);
export const isOwnerOf = (a: TActor | null, organisationId: string): boolean =>
  a?.memberships.get(organisationId) === 'owner';

/** The methods that change something (the CSRF guard and the verification rule look only at these). */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one rule for unverified accounts, applied to every route by its bound rule (see `unverifiedMayWrite`): they read like any signed-in
 * person but every write beyond the account itself answers 403 `email_not_verified`. Anonymous callers pass here
 * (their route's own policy answers 401).
 */
export function requireVerifiedForWrite(actor: TActor | null, method: string, policy: TBoundRule | undefined): void {
  if (!actor || actor.emailVerified || !policy || !UNSAFE_METHODS.has(method)) return;
  if (unverifiedMay(policy)) return;
  throw new AppError(
    'email_not_verified',
    'Confirm your e-mail address first: follow the link we sent you, or ask for a new one',
  );
}
