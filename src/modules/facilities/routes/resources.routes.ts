import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { isStaff } from '../../../platform/http/authorize';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { resources } from '../../../platform/db/schema';
import { facilityPolicy } from '../policy';
import {
  ZAvailability,
  ZBooking,
  ZResourceDetail,
  ZResourceSummary,
  ZBookingInput,
  ZExceptionInput,
  ZRangeQuery,
  ZResourceInput,
  ZResourcePatch,
  ZRulesInput,
} from '../../../contract/facilities';
import { loadResources } from '../queries/load-resources';
import { findResource, getResource } from '../queries/get-resource';
import { resourceAvailability } from '../queries/resource-availability';
import { findBooking, presentBooking } from '../queries/load-bookings';
import { createResource } from '../commands/create-resource';
import { updateResource } from '../commands/update-resource';
import { replaceRules } from '../commands/replace-rules';
import { addException } from '../commands/add-exception';
import { deleteException } from '../commands/delete-exception';
import { createBooking } from '../commands/create-booking';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZResourceDetail, ...errorResponses };
const tags = ['facilities'];

/** Bookable resources: the public list and pages, staff's drawing of opening hours and closures, and booking. */
export const resourceRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/resources',
    schema: {
      tags,
      summary: 'The bookable resources (staff also see unpublished ones)',
      response: { 200: z.object({ items: z.array(ZResourceSummary) }) },
    },
    policy: facilityPolicy.viewResources,
    anonymous: true,
    handle: async ({ actor }) => {
      const rows = await loadResources(db, isStaff(actor) ? undefined : eq(resources.published, true));
      return { items: rows.map((r) => r.summary) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/resources/:slug',
    schema: {
      tags,
      summary: 'A resource with its descriptions, opening rules, closures and what the caller may do (by slug or id)',
      params: z.object({ slug: z.string().min(1).max(100) }),
      response: detail,
    },
    policy: facilityPolicy.viewResources,
    anonymous: true,
    handle: async ({ request, actor }) => {
      const row = await findResource(db, request.params.slug, actor);
      return getResource(db, row.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/resources',
    schema: {
      tags,
      summary: 'Add a bookable resource (staff)',
      body: ZResourceInput,
      response: { 201: ZResourceDetail, ...errorResponses },
    },
    policy: facilityPolicy.manage,
    handle: async ({ request, reply, actor }) => {
      const id = await createResource({ db, actor, input: request.body, now: ctx.clock() });
      return reply.status(201).send(await getResource(db, id, actor));
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/resources/:id',
    schema: { tags, summary: 'Change a resource (staff)', params: ZIdParams, body: ZResourcePatch, response: detail },
    policy: facilityPolicy.manage,
    handle: async ({ request, actor }) => {
      await updateResource({ db, actor, resourceId: request.params.id, patch: request.body, now: ctx.clock() });
      return getResource(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/resources/:id/rules',
    schema: {
      tags,
      summary:
        'Replace the opening rules (RRULE FREQ=DAILY|WEEKLY with BYDAY, INTERVAL, UNTIL, COUNT; Sofia wall-clock window) (staff)',
      params: ZIdParams,
      body: ZRulesInput,
      response: detail,
    },
    policy: facilityPolicy.manage,
    handle: async ({ request, actor }) => {
      await replaceRules({ db, actor, resourceId: request.params.id, rules: request.body });
      return getResource(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/resources/:id/exceptions',
    schema: {
      tags,
      summary: 'Add a closure or an extra opening (staff)',
      params: ZIdParams,
      body: ZExceptionInput,
      response: { 201: ZResourceDetail, ...errorResponses },
    },
    policy: facilityPolicy.manage,
    handle: async ({ request, reply, actor }) => {
      await addException({ db, actor, resourceId: request.params.id, input: request.body });
      return reply.status(201).send(await getResource(db, request.params.id, actor));
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/resources/:id/exceptions/:exceptionId',
    schema: {
      tags,
      summary: 'Remove a closure or an extra opening (staff)',
      params: z.object({ id: ZUuid, exceptionId: ZUuid }),
      response: detail,
    },
    policy: facilityPolicy.manage,
    handle: async ({ request, actor }) => {
      await deleteException({ db, actor, resourceId: request.params.id, exceptionId: request.params.exceptionId });
      return getResource(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/resources/:id/availability',
    schema: {
      tags,
      summary: 'Open intervals (rules expanded in Europe/Sofia, minus closures, plus extra openings) and busy times',
      params: ZIdParams,
      querystring: ZRangeQuery,
      response: { 200: ZAvailability, ...errorResponses },
    },
    policy: facilityPolicy.viewResources,
    anonymous: true,
    handle: async ({ request, actor }) => {
      const row = await findResource(db, request.params.id, actor);
      return resourceAvailability(db, row, new Date(request.query.from), new Date(request.query.to), actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/resources/:id/bookings',
    schema: {
      tags,
      summary: 'Book a time range for an organisation (confirmed, or pending when approval is required)',
      params: ZIdParams,
      body: ZBookingInput,
      response: { 201: ZBooking, ...errorResponses },
    },
    load: (request) => request.body.organisationId,
    policy: facilityPolicy.book,
    handle: async ({ request, reply, actor }) => {
      const now = ctx.clock();
      const id = await createBooking({
        db,
        actor,
        resourceId: request.params.id,
        input: request.body,
        now,
        publicUrl: ctx.config.publicUrl,
      });
      return reply.status(201).send(presentBooking(await findBooking(db, id), actor, now));
    },
  });
};
