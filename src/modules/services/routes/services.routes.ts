import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZQueryBool, ZUuid } from '../../../platform/http/schemas';
import { LIMITS, ORGANISATION_TYPES } from '../../../contract/common';
import {
  SERVICE_FAMILIES,
  SERVICE_LIMITS,
  SLUG_PATTERN,
  TECHNOLOGY_AREAS,
  ZServiceBySlug,
  ZServiceDetail,
  ZServiceInput,
  ZServicePage,
  ZServicePatch,
} from '../../../contract/services';
import { catalogueAbilities, servicePolicy } from '../policy';
import { listServices } from '../queries/list-services';
import { findServiceBySlug, getServiceById, presentDetail } from '../queries/get-service';
import { createService } from '../commands/create-service';
import { updateService } from '../commands/update-service';
import { setServicePublished } from '../commands/set-service-published';
import { deleteService } from '../commands/delete-service';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZServiceDetail, ...errorResponses };
const tags = ['services'];

export const serviceRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/services',
    schema: {
      tags,
      summary:
        'The service catalogue: typo-tolerant search in Bulgarian and English, filters, pages (staff may include drafts)',
      querystring: z.object({
        q: z.string().trim().max(LIMITS.searchMax).optional(),
        family: z.enum(SERVICE_FAMILIES).optional(),
        technology: z.enum(TECHNOLOGY_AREAS).optional(),
        sector: z.string().max(60).optional(),
        customerType: z.enum(ORGANISATION_TYPES).optional(),
        includeUnpublished: ZQueryBool.optional(),
        page: z.coerce.number().int().min(1).max(100_000).default(1),
        pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(SERVICE_LIMITS.pageSizeDefault),
      }),
      response: { 200: ZServicePage, ...errorResponses },
    },
    load: (request) => ({ includeUnpublished: request.query.includeUnpublished ?? false }),
    policy: servicePolicy.listAsked,
    anonymous: true,
    handle: async ({ request, actor }) => {
      const { includeUnpublished = false, ...query } = request.query;
      const page = await listServices(db, { ...query, includeUnpublished });
      return { ...page, abilities: catalogueAbilities(actor) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/services/:slug',
    schema: {
      tags,
      summary:
        'A service by its stable URL name (drafts: staff only); a former URL name answers the service with `redirectTo`, its current one',
      params: z.object({ slug: z.string().max(SERVICE_LIMITS.slugMax).regex(SLUG_PATTERN, 'not a service URL name') }),
      response: { 200: ZServiceBySlug, ...errorResponses },
    },
    load: (request) => findServiceBySlug(db, request.params.slug),
    policy: servicePolicy.viewFound,
    // A draft is hidden, not forbidden: the public cannot tell it from a slug that does not exist.
    hiddenAs: 'Service',
    anonymous: true,
    handle: async ({ actor, facts: { row, redirectTo } }) => ({ ...(await presentDetail(db, row, actor)), redirectTo }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/services',
    schema: {
      tags,
      summary: 'Add a service to the catalogue (staff)',
      body: ZServiceInput,
      response: { 201: ZServiceDetail, ...errorResponses },
    },
    policy: servicePolicy.create,
    handle: async ({ request, reply, actor }) => {
      const id = await createService({ db, actor, input: request.body, now: ctx.clock() });
      return reply.status(201).send(await getServiceById(db, id, actor));
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/services/:id',
    schema: { tags, summary: 'Change a service (staff)', params: ZIdParams, body: ZServicePatch, response: detail },
    policy: servicePolicy.update,
    handle: async ({ request, actor }) => {
      await updateService({ db, actor, serviceId: request.params.id, patch: request.body, now: ctx.clock() });
      return getServiceById(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/services/:id/published',
    schema: {
      tags,
      summary: 'Publish a service in the public catalogue, or take it out (staff)',
      params: ZIdParams,
      body: z.object({ published: z.boolean() }),
      response: detail,
    },
    policy: servicePolicy.publish,
    handle: async ({ request, actor }) => {
      await setServicePublished({
        db,
        actor,
        serviceId: request.params.id,
        published: request.body.published,
        now: ctx.clock(),
      });
      return getServiceById(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/services/:id',
    schema: {
      tags,
      summary: 'Delete a service (admin; 409 while requests or deliveries refer to it)',
      params: ZIdParams,
      response: { 204: z.null(), ...errorResponses },
    },
    policy: servicePolicy.delete,
    handle: async ({ request, reply, actor }) => {
      await deleteService({ db, actor, serviceId: request.params.id });
      return reply.status(204).send(null);
    },
  });
};
