/** User administration beyond roles: invitations by e-mail, deactivation, and password resets an admin sends. */
import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationMembers, user, userInvitations } from '../../platform/db/schema';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { errorResponses, paginated, ZPageQuery, ZUuid } from '../../platform/http/schemas';
import { LIMITS, LOCALES, ROLES, type TRole } from '../../contract/common';
import { adminPolicy, invitationPolicy } from './users.policy';
import { ZAdminUser } from '../../contract/accounts/schemas';
import { acceptInvitation, inviteUser, previewInvitation, revokeInvitation } from './commands/invitations';
import { sendPasswordReset, setUserActive } from './commands/user-status';

const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  invitedBy: z.string().nullable(),
  expiresAt: z.string(),
  createdAt: z.string(),
});

const ZToken = z.string().min(20).max(200);

type TInvitationRow = typeof userInvitations.$inferSelect & { inviterName?: string | null };
function presentInvitation(r: TInvitationRow, now: Date) {
  const status = r.acceptedAt ? 'accepted' : r.revokedAt ? 'revoked' : r.expiresAt <= now ? 'expired' : 'pending';
  return {
    id: r.id,
    email: r.email,
    role: r.role as TRole,
    locale: r.locale as (typeof LOCALES)[number],
    status: status as 'pending' | 'accepted' | 'revoked' | 'expired',
    invitedBy: r.inviterName ?? null,
    expiresAt: r.expiresAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
  };
}

export const userAdminRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const adminUser = async (id: string) => {
    const [u] = await ctx.db.select().from(user).where(eq(user.id, id));
    const [{ n }] = await ctx.db
      .select({ n: count() })
      .from(organisationMembers)
      .where(eq(organisationMembers.userId, id));
    return {
      id: u!.id,
      name: u!.name,
      email: u!.email,
      role: u!.role as TRole,
      emailVerified: u!.emailVerified,
      deactivatedAt: u!.deactivatedAt?.toISOString() ?? null,
      createdAt: u!.createdAt.toISOString(),
      organisations: n,
    };
  };

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/invitations',
    schema: {
      tags: ['admin'],
      summary: 'Invitations, newest first',
      querystring: ZPageQuery,
      response: { 200: paginated(ZInvitation), ...errorResponses },
    },
    policy: adminPolicy.manageUsers,
    handle: async ({ request }) => {
      const { page, pageSize } = request.query;
      const [{ total }] = await ctx.db.select({ total: count() }).from(userInvitations);
      const rows = await ctx.db
        .select({ inv: userInvitations, inviterName: user.name })
        .from(userInvitations)
        .leftJoin(user, eq(user.id, userInvitations.invitedBy))
        .orderBy(desc(userInvitations.createdAt))
        .limit(pageSize)
        .offset((page - 1) * pageSize);
      const now = ctx.clock();
      return {
        items: rows.map((r) => presentInvitation({ ...r.inv, inviterName: r.inviterName }, now)),
        total,
        page,
        pageSize,
      };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/admin/invitations',
    schema: {
      tags: ['admin'],
      summary: 'Invite someone by e-mail with a role (the link is valid for 7 days; audited)',
      body: z.object({
        email: z.string().trim().email().max(254),
        role: z.enum(ROLES),
        locale: z.enum(LOCALES).default('bg'),
      }),
      response: { 201: ZInvitation, ...errorResponses },
    },
    policy: adminPolicy.manageUsers,
    handle: async ({ request, reply, actor }) => {
      const row = await inviteUser({
        db: ctx.db,
        actor,
        ...request.body,
        publicUrl: ctx.config.publicUrl,
        now: ctx.clock(),
      });
      return reply.code(201).send(presentInvitation({ ...row, inviterName: actor.name }, ctx.clock()));
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/admin/invitations/:id',
    schema: {
      tags: ['admin'],
      summary: 'Revoke an open invitation (audited)',
      params: z.object({ id: ZUuid }),
      response: { 200: ZInvitation, ...errorResponses },
    },
    policy: adminPolicy.manageUsers,
    handle: async ({ request, actor }) => {
      const row = await revokeInvitation({
        db: ctx.db,
        actor: actor,
        invitationId: request.params.id,
        now: ctx.clock(),
      });
      return presentInvitation(row, ctx.clock());
    },
  });

  for (const [path, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/admin/users/:id/${path}`,
      schema: {
        tags: ['admin'],
        summary: active
          ? 'Reactivate an account (audited)'
          : 'Deactivate an account: its sessions end and it cannot sign in (never yourself, never the last admin; audited)',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: ZAdminUser, ...errorResponses },
      },
      policy: adminPolicy.manageUsers,
      handle: async ({ request, actor }) => {
        const u = await setUserActive({
          db: ctx.db,
          actor: actor,
          userId: request.params.id,
          active,
          now: ctx.clock(),
        });
        return adminUser(u.id);
      },
    });
  }

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/admin/users/:id/password-reset',
    schema: {
      tags: ['admin'],
      summary: 'Send the user a password-reset link by e-mail (audited)',
      params: z.object({ id: z.string().min(1).max(100) }),
      response: { 202: z.object({ sent: z.literal(true) }), ...errorResponses },
    },
    policy: adminPolicy.manageUsers,
    handle: async ({ request, reply, actor }) => {
      await sendPasswordReset({ db: ctx.db, auth: ctx.auth, actor: actor, userId: request.params.id });
      return reply.code(202).send({ sent: true as const });
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/invitations/preview',
    schema: {
      tags: ['invitations'],
      summary: 'The open invitation a token belongs to (404 when expired, used, revoked or unknown)',
      body: z.object({ token: ZToken }),
      response: {
        200: z.object({ email: z.string(), role: z.enum(ROLES), locale: z.enum(LOCALES), expiresAt: z.string() }),
        ...errorResponses,
      },
    },
    policy: invitationPolicy.preview,
    anonymous: true,
    handle: async ({ request }) => {
      return previewInvitation({ db: ctx.db, token: request.body.token, now: ctx.clock() });
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/invitations/accept',
    schema: {
      tags: ['invitations'],
      summary: 'Accept an invitation: creates the account with the chosen name and password',
      body: z.object({
        token: ZToken,
        name: z.string().trim().min(1).max(LIMITS.nameMax),
        password: z.string().min(1).max(LIMITS.passwordMax),
      }),
      response: { 201: z.object({ email: z.string(), role: z.enum(ROLES) }), ...errorResponses },
    },
    policy: invitationPolicy.accept,
    anonymous: true,
    handle: async ({ request, reply }) => {
      const u = await acceptInvitation({ db: ctx.db, ...request.body, now: ctx.clock() });
      return reply.code(201).send({ email: u.email, role: u.role as TRole });
    },
  });
};
