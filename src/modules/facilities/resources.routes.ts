import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, isStaff, requireActor } from '../../platform/http/authorize';
import { errorResponses, ZUuid } from '../../platform/http/schemas';
import { resources } from '../../platform/db/schema';
import { facilityPolicy } from './facilities.policy';
import { ZAvailability, ZBooking, ZResourceDetail, ZResourceSummary } from './facilities.presenter';
import { ZBookingInput, ZExceptionInput, ZRangeQuery, ZResourceInput, ZResourcePatch, ZRulesInput } from './facility-input';
import { loadResources } from './queries/load-resources';
import { findResource, getResource } from './queries/get-resource';
import { resourceAvailability } from './queries/resource-availability';
import { findBooking, presentBooking } from './queries/load-bookings';
import { createResource } from './commands/create-resource';
import { updateResource } from './commands/update-resource';
import { replaceRules } from './commands/replace-rules';
import { addException } from './commands/add-exception';
import { deleteException } from './commands/delete-exception';
import { createBooking } from './commands/create-booking';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZResourceDetail, ...errorResponses };
const tags = ['facilities'];

/** Bookable resources: the public list and pages, staff's drawing of opening hours and closures, and booking. */
export const resourceRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  app.get(
    '/api/v1/resources',
    {
      config: { policy: 'facilities.viewResources' },
      schema: {
        tags,
        summary: 'The bookable resources (staff also see unpublished ones)',
        response: { 200: z.object({ items: z.array(ZResourceSummary) }) },
      },
    },
    async (request) => {
      const rows = await loadResources(db, isStaff(request.actor) ? undefined : eq(resources.published, true));
      return { items: rows.map((r) => r.summary) };
    },
  );

  app.get(
    '/api/v1/resources/:slug',
    {
      config: { policy: 'facilities.viewResources' },
      schema: {
        tags,
        summary: 'A resource with its descriptions, opening rules, closures and what the caller may do (by slug or id)',
        params: z.object({ slug: z.string().min(1).max(100) }),
        response: detail,
      },
    },
    async (request) => {
      const row = await findResource(db, request.params.slug, request.actor);
      return getResource(db, row.id, request.actor);
    },
  );

  app.post(
    '/api/v1/resources',
    {
      config: { policy: 'facilities.manage' },
      schema: {
        tags,
        summary: 'Add a bookable resource (staff)',
        body: ZResourceInput,
        response: { 201: ZResourceDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, facilityPolicy.manage(request.actor));
      const actor = requireActor(request.actor);
      const id = await createResource({ db, actor, input: request.body, now: ctx.clock() });
      return reply.status(201).send(await getResource(db, id, actor));
    },
  );

  app.patch(
    '/api/v1/resources/:id',
    {
      config: { policy: 'facilities.manage' },
      schema: { tags, summary: 'Change a resource (staff)', params: ZIdParams, body: ZResourcePatch, response: detail },
    },
    async (request) => {
      authorize(request.actor, facilityPolicy.manage(request.actor));
      const actor = requireActor(request.actor);
      await updateResource({ db, actor, resourceId: request.params.id, patch: request.body, now: ctx.clock() });
      return getResource(db, request.params.id, actor);
    },
  );

  app.put(
    '/api/v1/resources/:id/rules',
    {
      config: { policy: 'facilities.manage' },
      schema: {
        tags,
        summary: 'Replace the opening rules (RRULE FREQ=DAILY|WEEKLY with BYDAY, INTERVAL, UNTIL, COUNT; Sofia wall-clock window) (staff)',
        params: ZIdParams,
        body: ZRulesInput,
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, facilityPolicy.manage(request.actor));
      const actor = requireActor(request.actor);
      await replaceRules({ db, actor, resourceId: request.params.id, rules: request.body });
      return getResource(db, request.params.id, actor);
    },
  );

  app.post(
    '/api/v1/resources/:id/exceptions',
    {
      config: { policy: 'facilities.manage' },
      schema: {
        tags,
        summary: 'Add a closure or an extra opening (staff)',
        params: ZIdParams,
        body: ZExceptionInput,
        response: { 201: ZResourceDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, facilityPolicy.manage(request.actor));
      const actor = requireActor(request.actor);
      await addException({ db, actor, resourceId: request.params.id, input: request.body });
      return reply.status(201).send(await getResource(db, request.params.id, actor));
    },
  );

  app.delete(
    '/api/v1/resources/:id/exceptions/:exceptionId',
    {
      config: { policy: 'facilities.manage' },
      schema: {
        tags,
        summary: 'Remove a closure or an extra opening (staff)',
        params: z.object({ id: ZUuid, exceptionId: ZUuid }),
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, facilityPolicy.manage(request.actor));
      const actor = requireActor(request.actor);
      await deleteException({ db, actor, resourceId: request.params.id, exceptionId: request.params.exceptionId });
      return getResource(db, request.params.id, actor);
    },
  );

  app.get(
    '/api/v1/resources/:id/availability',
    {
      config: { policy: 'facilities.viewResources' },
      schema: {
        tags,
        summary: 'Open intervals (rules expanded in Europe/Sofia, minus closures, plus extra openings) and busy times',
        params: ZIdParams,
        querystring: ZRangeQuery,
        response: { 200: ZAvailability, ...errorResponses },
      },
    },
    async (request) => {
      const row = await findResource(db, request.params.id, request.actor);
      return resourceAvailability(db, row, new Date(request.query.from), new Date(request.query.to), request.actor);
    },
  );

  app.post(
    '/api/v1/resources/:id/bookings',
    {
      config: { policy: 'facilities.book' },
      schema: {
        tags,
        summary: 'Book a time range for an organisation (confirmed, or pending when approval is required)',
        params: ZIdParams,
        body: ZBookingInput,
        response: { 201: ZBooking, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, facilityPolicy.book(request.actor, request.body.organisationId));
      const actor = requireActor(request.actor);
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
  );
};
