import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organisationClaims, user } from '../../../platform/db/schema';
import type { TAppContext, TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { LIMITS } from '../../../contract/common';
import { CLAIM_STATUSES, ZClaim, type TClaim } from '../../../contract/organisations';
import { organisationPolicy } from '../policy';
import { decideClaim } from '../commands/decide-claim';

const tags = ['organisations'];

async function loadClaims(ctx: TAppContext, where: SQL | undefined): Promise<TClaim[]> {
  const rows = await ctx.db
    .select({ claim: organisationClaims, claimantName: user.name, claimantEmail: user.email })
    .from(organisationClaims)
    .innerJoin(user, eq(user.id, organisationClaims.userId))
    .where(where)
    .orderBy(desc(organisationClaims.createdAt), desc(organisationClaims.id))
    .limit(200);
  return rows.map(({ claim: c, claimantName, claimantEmail }) => ({
    id: c.id,
    organisationId: c.organisationId,
    eik: c.eik,
    legalNameBg: c.legalNameBg,
    status: c.status as TClaim['status'],
    claimantName,
    claimantEmail,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    reason: c.reason,
  }));
}

/** One claim as the API shows it. */
export async function findClaim(ctx: TAppContext, id: string): Promise<TClaim> {
  const [claim] = await loadClaims(ctx, eq(organisationClaims.id, id));
  return claim!;
}

/** EIK claims: registrations under a public-register EIK that staff confirm before the claimant becomes the owner. */
export const claimRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (r, { ctx }) => {
  defineRoute(r, {
    method: 'GET',
    url: '/api/v1/organisation-claims',
    schema: {
      tags,
      summary: 'EIK claims, newest first (staff: all; others: their own)',
      querystring: z.object({ status: z.enum(CLAIM_STATUSES).optional() }),
      response: { 200: z.object({ items: z.array(ZClaim) }), ...errorResponses },
    },
    policy: organisationPolicy.listClaims,
    handle: async ({ request, actor }) => {
      const filters: SQL[] = [];
      if (request.query.status) filters.push(eq(organisationClaims.status, request.query.status));
      if (!organisationPolicy.decideClaim(actor)) filters.push(eq(organisationClaims.userId, actor.userId));
      return { items: await loadClaims(ctx, filters.length ? and(...filters) : undefined) };
    },
  });

  const decide = (decision: 'confirm' | 'reject', summary: string) =>
    defineRoute(r, {
      method: 'POST',
      url: `/api/v1/organisation-claims/:id/${decision}`,
      schema: {
        tags,
        summary,
        params: z.object({ id: ZUuid }),
        body: z.object({ reason: z.string().trim().max(LIMITS.textMax).optional() }).default({}),
        response: { 200: ZClaim, ...errorResponses },
      },
      policy: organisationPolicy.decideClaim,
      handle: async ({ request, actor }) => {
        await decideClaim({
          db: ctx.db,
          actor,
          claimId: request.params.id,
          decision,
          reason: request.body.reason ?? null,
          now: ctx.clock(),
          publicUrl: ctx.config.publicUrl,
        });
        return findClaim(ctx, request.params.id);
      },
    });
  decide('confirm', 'Confirm an EIK claim: the claimant becomes the owner (staff)');
  decide('reject', 'Reject an EIK claim; the organisation is removed if nobody was added to it (staff)');
};
