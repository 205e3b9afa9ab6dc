import { definePolicy } from '../../platform/http/policy';
import { asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hubSettings, organisations } from '../../platform/db/schema';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { ORGANISATION_TYPES } from '../../contract/common';
import { ZHub } from '../../contract/hub/schemas';

/** The hub's public profile: who it is and its consortium partners. */
export const hubPolicy = definePolicy('hub', { view: () => true });

export const hubRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/hub',
    schema: { tags: ['public'], summary: "The hub's public profile and consortium partners", response: { 200: ZHub } },
    policy: hubPolicy.view,
    anonymous: true,
    handle: async () => {
      const [hub] = await ctx.db.select().from(hubSettings).where(eq(hubSettings.id, 1));
      const partners = await ctx.db
        .select({
          id: organisations.id,
          legalNameBg: organisations.legalNameBg,
          legalNameEn: organisations.legalNameEn,
          type: organisations.type,
          city: organisations.city,
          website: organisations.website,
        })
        .from(organisations)
        .where(eq(organisations.isPartner, true))
        .orderBy(asc(organisations.legalNameBg));
      return {
        nameBg: hub?.nameBg ?? 'EDIHub',
        nameEn: hub?.nameEn ?? 'EDIHub',
        city: hub?.city ?? null,
        nuts2: hub?.nuts2 ?? null,
        descriptionBg: hub?.descriptionBg ?? null,
        descriptionEn: hub?.descriptionEn ?? null,
        email: hub?.email ?? null,
        website: hub?.website ?? null,
        partners: partners.map((p) => ({ ...p, type: p.type as (typeof ORGANISATION_TYPES)[number] })),
      };
    },
  });
};
