import { AppError, forbidden, unauthenticated } from '../errors';
import type { TActor } from './actor';
import { unverifiedMay, type TBoundRule } from './policy';

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

/**
 * The policies an account may pass on an unsafe method before its e-mail address is verified: its own account
 * (`me.update`; password and resend-verification live under /api/auth) and the stateless public computations
 * (DMA self-check, SME category). Every other write policy requires a verified address.
 */
export const UNVERIFIED_WRITE_POLICIES: ReadonlySet<string> = new Set([
  'me.update',
  'dma.score',
  'reference.read',
  'public',
  'invitation.preview',
  'invitation.accept',
]);

/** The methods that change something (the CSRF guard and the verification rule look only at these). */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one rule for unverified accounts, applied to every route by its declared policy: they read like any signed-in
 * person but every write beyond the account itself answers 403 `email_not_verified`. Anonymous callers pass here
 * (their route's own policy answers 401).
 */
export function requireVerifiedForWrite(actor: TActor | null, method: string, policy: string | TBoundRule | undefined): void {
  if (!actor || actor.emailVerified || !policy || !UNSAFE_METHODS.has(method)) return;
  if (typeof policy === 'string' ? UNVERIFIED_WRITE_POLICIES.has(policy) : unverifiedMay(policy)) return;
  throw new AppError('email_not_verified', 'Confirm your e-mail address first: follow the link we sent you, or ask for a new one');
}
