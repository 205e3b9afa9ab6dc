import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { definePolicy, unverifiedMayWrite } from '../../platform/http/policy';
import { AppError } from '../../platform/errors';
import { errorResponses } from '../../platform/http/schemas';
import { checkEik } from '../../domain/eik';
import { NUTS_VERSION, REGION_VERSIONS } from '../../domain/regions';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../domain/sectors';
import { assessSelfDeclaredEnterprise } from '../../domain/sme';
import { ZSmeAssessment, ZSmeSelfCheck } from '../../contract/organisations';
import { ZRegions, ZSectors } from '../../contract/reference';
import { findRegisterEntry } from '../organisations/public';

/** Public self-check tools: no account needed, nothing stored. */
export const referencePolicy = definePolicy('reference', { read: unverifiedMayWrite(() => true) });

export const referenceRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/reference/eik/:value',
    schema: {
      tags: ['reference'],
      summary:
        'Check a Bulgarian EIK/BULSTAT (9 or 13 digits; spaces and a BG prefix accepted), and whether it is in the ' +
        "hub's extract of the public register (registering such an EIK is a claim that staff confirm)",
      params: z.object({ value: z.string().max(40) }),
      response: {
        200: z.object({ valid: z.boolean(), normalised: z.string().nullable(), inPublicRegister: z.boolean() }),
      },
    },
    policy: referencePolicy.read,
    anonymous: true,
    handle: async ({ request }) => {
      const checked = checkEik(request.params.value);
      return { ...checked, inPublicRegister: (await findRegisterEntry(ctx.db, checked.normalised)) !== null };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/reference/regions',
    schema: {
      tags: ['reference'],
      summary: 'Bulgarian oblasts (NUTS3) and their NUTS2 regions, versioned',
      querystring: z.object({ version: z.string().max(10).default(NUTS_VERSION) }),
      response: { 200: ZRegions, ...errorResponses },
    },
    policy: referencePolicy.read,
    anonymous: true,
    handle: async ({ request }) => {
      const data = REGION_VERSIONS[request.query.version];
      if (!data) throw new AppError('not_found', `No region data for version ${request.query.version}`);
      return { version: request.query.version, nuts2: [...data.nuts2], oblasts: [...data.oblasts] };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/reference/sectors',
    schema: {
      tags: ['reference'],
      summary: "Sectors: the DMA's 24 for enterprises and the 10 COFOG areas for public bodies",
      response: { 200: ZSectors },
    },
    policy: referencePolicy.read,
    anonymous: true,
    handle: async () => {
      return { enterprise: [...ENTERPRISE_SECTORS], public: [...PUBLIC_SECTORS] };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/reference/sme-category',
    options: { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    schema: {
      tags: ['reference'],
      summary: "SME self-assessment: category, status and aggregated figures (the Commission's method)",
      body: ZSmeSelfCheck,
      response: { 200: ZSmeAssessment, ...errorResponses },
    },
    policy: referencePolicy.read,
    anonymous: true,
    handle: async ({ request }) => {
      const result = assessSelfDeclaredEnterprise(request.body.figures, request.body.links);
      return {
        category: result.category,
        isSme: result.isSme,
        status: result.status,
        publicBodyExcluded: result.publicBodyExcluded,
        publicBodyShare: result.publicBodyShare,
        aggregated: result.aggregated,
        restsOnYears: result.restsOnYears,
        perYear: result.perYear,
        reasons: result.reasons,
      };
    },
  });
};
