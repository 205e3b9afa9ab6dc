import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, ZQueryBool, ZUuid } from '../../platform/http/schemas';
import { LIMITS, ORGANISATION_TYPES } from '../../contract/common';
import { SERVICE_FAMILIES, SERVICE_LIMITS, SLUG_PATTERN, TECHNOLOGY_AREAS } from './service-enums';
import { ZServiceInput, ZServicePatch } from './service-input';
import { catalogueAbilities, servicePolicy } from './services.policy';
import { ZServiceDetail, ZServicePage } from './services.presenter';
import { listServices } from './queries/list-services';
import { findServiceBySlug, getServiceById, presentDetail } from './queries/get-service';
import { notFound } from '../../platform/errors';
import { createService } from './commands/create-service';
import { updateService } from './commands/update-service';
import { setServicePublished } from './commands/set-service-published';
import { deleteService } from './commands/delete-service';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZServiceDetail, ...errorResponses };
const tags = ['services'];

export const serviceRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  app.get(
    '/api/v1/services',
    {
      config: { policy: 'services.list' },
      schema: {
        tags,
        summary: 'The service catalogue: typo-tolerant search in Bulgarian and English, filters, pages (staff may include drafts)',
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
    },
    async (request) => {
      const { includeUnpublished = false, ...query } = request.query;
      authorize(request.actor, servicePolicy.list(request.actor));
      if (includeUnpublished) authorize(request.actor, servicePolicy.viewUnpublished(request.actor));
      const page = await listServices(db, { ...query, includeUnpublished });
      return { ...page, abilities: catalogueAbilities(request.actor) };
    },
  );

  app.get(
    '/api/v1/services/:slug',
    {
      config: { policy: 'services.view' },
      schema: {
        tags,
        summary:
          'A service by its stable URL name (drafts: staff only); a former URL name answers the service with `redirectTo`, its current one',
        params: z.object({ slug: z.string().max(SERVICE_LIMITS.slugMax).regex(SLUG_PATTERN, 'not a service URL name') }),
        response: { 200: ZServiceDetail.extend({ redirectTo: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request) => {
      const { row, redirectTo } = await findServiceBySlug(db, request.params.slug);
      // A draft is hidden, not forbidden: the public cannot tell it from a slug that does not exist.
      if (!servicePolicy.view(request.actor, row)) throw notFound('Service');
      return { ...(await presentDetail(db, row, request.actor)), redirectTo };
    },
  );

  app.post(
    '/api/v1/services',
    {
      config: { policy: 'services.create' },
      schema: {
        tags,
        summary: 'Add a service to the catalogue (staff)',
        body: ZServiceInput,
        response: { 201: ZServiceDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, servicePolicy.create(request.actor));
      const id = await createService({ db, actor: requireActor(request.actor), input: request.body, now: ctx.clock() });
      return reply.status(201).send(await getServiceById(db, id, request.actor));
    },
  );

  app.patch(
    '/api/v1/services/:id',
    {
      config: { policy: 'services.update' },
      schema: { tags, summary: 'Change a service (staff)', params: ZIdParams, body: ZServicePatch, response: detail },
    },
    async (request) => {
      authorize(request.actor, servicePolicy.update(request.actor));
      await updateService({ db, actor: requireActor(request.actor), serviceId: request.params.id, patch: request.body, now: ctx.clock() });
      return getServiceById(db, request.params.id, request.actor);
    },
  );

  app.put(
    '/api/v1/services/:id/published',
    {
      config: { policy: 'services.publish' },
      schema: {
        tags,
        summary: 'Publish a service in the public catalogue, or take it out (staff)',
        params: ZIdParams,
        body: z.object({ published: z.boolean() }),
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, servicePolicy.publish(request.actor));
      await setServicePublished({
        db,
        actor: requireActor(request.actor),
        serviceId: request.params.id,
        published: request.body.published,
        now: ctx.clock(),
      });
      return getServiceById(db, request.params.id, request.actor);
    },
  );

  app.delete(
    '/api/v1/services/:id',
    {
      config: { policy: 'services.delete' },
      schema: {
        tags,
        summary: 'Delete a service (admin; 409 while requests or deliveries refer to it)',
        params: ZIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, servicePolicy.delete(request.actor));
      await deleteService({ db, actor: requireActor(request.actor), serviceId: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
