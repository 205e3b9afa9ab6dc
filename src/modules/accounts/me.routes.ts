import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisations, organisationMembers, user } from '../../platform/db/schema';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { LIMITS, LOCALES } from '../../contract/common';
import { ZMeAccount } from '../../contract/me';
import { errorResponses } from '../../platform/http/schemas';
import type { TActor } from '../../platform/http/actor';
import type { Db } from '../../platform/db/client';
import { mePolicy } from './users.policy';
import type { TMeAbilities } from '../../platform/http/abilities';

async function presentMe(db: Db, abilities: TMeAbilities, actor: TActor | null) {
  if (!actor) return { user: null, memberships: [], abilities: abilities.of(null) };
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
    abilities: abilities.of(actor),
  };
}

export const meRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const ZMe = ZMeAccount.extend({ abilities: ctx.abilities.schema });
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/me',
    schema: { tags: ['account'], summary: 'The signed-in user, memberships and abilities', response: { 200: ZMe } },
    policy: mePolicy.read,
    anonymous: true,
    handle: async ({ actor }) => {
      return presentMe(ctx.db, ctx.abilities, actor);
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/me',
    schema: {
      tags: ['account'],
      summary: 'Change your name or language',
      body: z.object({
        locale: z.enum(LOCALES).optional(),
        name: z.string().trim().min(1).max(LIMITS.nameMax).optional(),
      }),
      response: { 200: ZMe, ...errorResponses },
    },
    policy: mePolicy.update,
    handle: async ({ request, actor }) => {
      const patch = { ...request.body, updatedAt: ctx.clock() };
      await ctx.db.update(user).set(patch).where(eq(user.id, actor.userId));
      return presentMe(ctx.db, ctx.abilities, { ...actor, ...request.body });
    },
  });
};
