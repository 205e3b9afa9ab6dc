import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { organisationMembers } from '../db/schema';
import type { TAuth } from '../auth/auth';
import { ROLES, type TLocale, type TMembershipRole, type TRole } from '../../contract/common';
import { asLocale } from '../i18n/index';
import { toWebHeaders } from './web-headers';
import type { TBoundRule } from './policy';

/** Who is asking: resolved once per request from the session cookie. */
export interface TActor {
  userId: string;
  email: string;
  name: string;
  role: TRole;
  locale: TLocale;
  emailVerified: boolean;
  /** organisationId → role in that organisation */
  memberships: ReadonlyMap<string, TMembershipRole>;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: TActor | null;
  }
  interface FastifyContextConfig {
    /**
     * The policy rule that guards the route: a named rule bound by defineRoute (http/define-route.ts), or for the
     * few routes registered directly (assets, pages, auth bridge) the platform's public rule.
     */
    policy?: TBoundRule;
  }
}

/** Loads the session (if any) and the user's organisation memberships. */
export async function resolveActor(request: FastifyRequest, auth: TAuth, db: Db): Promise<TActor | null> {
  if (!request.headers.cookie) return null;
  const session = await auth.api.getSession({ headers: toWebHeaders(request.headers) });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: string; locale?: string };
  const rows = await db
    .select({ organisationId: organisationMembers.organisationId, role: organisationMembers.role })
    .from(organisationMembers)
    .where(eq(organisationMembers.userId, u.id));
  const role = (ROLES as readonly string[]).includes(u.role ?? '') ? (u.role as TRole) : 'member';
  return {
    userId: u.id,
    email: u.email,
    name: u.name,
    role,
    locale: asLocale(u.locale),
    emailVerified: u.emailVerified,
    memberships: new Map(rows.map((r) => [r.organisationId, r.role as TMembershipRole])),
  };
}
