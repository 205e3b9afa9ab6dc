import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisations, organisationMembers, user } from '../../platform/db/schema';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { LIMITS, LOCALES, MEMBERSHIP_ROLES, ROLES } from '../../contract/common';
import { errorResponses } from '../../platform/http/schemas';
import type { TActor } from '../../platform/http/actor';
import type { Db } from '../../platform/db/client';
import { globalAbilities, mePolicy } from './users.policy';

const ZMe = z.object({
  user: z
    .object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(ROLES),
      locale: z.enum(LOCALES),
      emailVerified: z.boolean(),
    })
    .nullable(),
  memberships: z.array(z.object({ organisationId: z.string(), name: z.string(), role: z.enum(MEMBERSHIP_ROLES) })),
  abilities: z.object({
    organisations: z.object({ list: z.boolean(), listAll: z.boolean(), create: z.boolean() }),
    selfCheck: z.boolean(),
    services: z.object({ manage: z.boolean() }),
    requests: z.object({ list: z.boolean(), listAll: z.boolean(), board: z.boolean() }),
    aid: z.object({ ledger: z.boolean(), settings: z.boolean() }),
    events: z.object({ manage: z.boolean() }),
    facilities: z.object({ manage: z.boolean() }),
    assessments: z.object({ listAll: z.boolean(), exportFiles: z.boolean(), importFiles: z.boolean() }),
    admin: z.object({ users: z.boolean(), audit: z.boolean(), outbox: z.boolean() }),
    start: z.object({ read: z.boolean() }),
  }),
});

async function presentMe(db: Db, actor: TActor | null): Promise<z.infer<typeof ZMe>> {
  if (!actor) return { user: null, memberships: [], abilities: globalAbilities(null) };
  const memberships = await db
    .select({ organisationId: organisations.id, name: organisations.legalNameBg, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, actor.userId))
    .orderBy(organisations.legalNameBg);
  return {
    user: {
      id: actor.userId,
      name: actor.name,
      email: actor.email,
      role: actor.role,
      locale: actor.locale,
      emailVerified: actor.emailVerified,
    },
    memberships: memberships.map((m) => ({ ...m, role: m.role as 'owner' | 'member' })),
    abilities: globalAbilities(actor),
  };
}

export const meRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  app.get(
    '/api/v1/me',
    {
      config: { policy: 'me.read' },
      schema: { tags: ['account'], summary: 'The signed-in user, memberships and abilities', response: { 200: ZMe } },
    },
    async (request) => {
      authorize(request.actor, mePolicy.read());
      return presentMe(ctx.db, request.actor);
    },
  );

  app.patch(
    '/api/v1/me',
    {
      config: { policy: 'me.update' },
      schema: {
        tags: ['account'],
        summary: 'Change your name or language',
        body: z.object({ locale: z.enum(LOCALES).optional(), name: z.string().trim().min(1).max(LIMITS.nameMax).optional() }),
        response: { 200: ZMe, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, mePolicy.update(request.actor));
      const actor = requireActor(request.actor);
      const patch = { ...request.body, updatedAt: ctx.clock() };
      await ctx.db.update(user).set(patch).where(eq(user.id, actor.userId));
      return presentMe(ctx.db, { ...actor, ...request.body });
    },
  );
};
