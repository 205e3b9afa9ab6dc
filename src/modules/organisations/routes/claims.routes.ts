import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { LIMITS } from '../../../contract/common';
import { CLAIM_STATUSES, ZClaim } from '../../../contract/organisations';
import { organisationPolicy } from '../policy';
import { decideClaim } from '../commands/decide-claim';
import { findClaim, listClaims } from '../queries/list-claims';

const tags = ['organisations'];

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
      const claimantUserId = organisationPolicy.decideClaim(actor) ? undefined : actor.userId;
      return { items: await listClaims(ctx.db, { status: request.query.status, claimantUserId }) };
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
        return findClaim(ctx.db, request.params.id);
      },
    });
  decide('confirm', 'Confirm an EIK claim: the claimant becomes the owner (staff)');
  decide('reject', 'Reject an EIK claim; the organisation is removed if nobody was added to it (staff)');
};
