import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { eventPolicy } from '../policy';
import { ZEvent, ZEventPage } from '../../../contract/events/schemas';
import { ZCreateEvent, ZEventListQuery, ZUpdateEvent } from '../../../contract/events/input';
import { findEvent, getEvent } from '../queries/get-event';
import { listEvents } from '../queries/list-events';
import { loadViewer } from '../queries/viewer';
import { createEvent } from '../commands/create-event';
import { updateEvent } from '../commands/update-event';
import { setEventPublished } from '../commands/set-event-published';
import { deleteEvent } from '../commands/delete-event';
import { registrationRoutes } from './registrations.routes';

const ZIdParams = z.object({ id: ZUuid });
const tags = ['events'];

/** Trainings, workshops, forums and meetings: the public calendar and staff's editing. */
export const eventRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/events',
    schema: {
      tags,
      summary:
        'Events by first session (default: not yet ended); members-only ones for signed-in users, internal ones for partners and staff',
      querystring: ZEventListQuery,
      response: { 200: ZEventPage, ...errorResponses },
    },
    policy: eventPolicy.list,
    anonymous: true,
    handle: async ({ request, actor }) =>
      listEvents(db, { viewer: await loadViewer(db, actor), query: request.query, now: ctx.clock() }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/events/:slug',
    schema: {
      tags,
      summary: "An event (by slug or id) with its sessions, seats, the caller's registrations and abilities",
      params: z.object({ slug: z.string().min(1).max(100) }),
      response: { 200: ZEvent, ...errorResponses },
    },
    load: async (request) => {
      const event = await findEvent(db, request.params.slug);
      const { isPartnerPerson } = await loadViewer(db, request.actor);
      return { event, isPartnerPerson };
    },
    policy: eventPolicy.view,
    // An event the caller may not see does not exist for them (no hint that a draft or internal event is there).
    hiddenAs: 'Event',
    anonymous: true,
    handle: ({ actor, facts }) =>
      getEvent(db, facts.event, { actor, isPartnerPerson: facts.isPartnerPerson }, ctx.clock()),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/events',
    schema: {
      tags,
      summary: 'Create an event with its sessions (staff)',
      body: ZCreateEvent,
      response: { 201: ZEvent, ...errorResponses },
    },
    policy: eventPolicy.create,
    handle: async ({ request, reply, actor }) => {
      const id = await createEvent({ db, actor, input: request.body, now: ctx.clock() });
      return reply
        .status(201)
        .send(await getEvent(db, await findEvent(db, id), await loadViewer(db, actor), ctx.clock()));
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/events/:id',
    schema: {
      tags,
      summary: 'Change an event; `sessions` replaces the list (staff). Raised capacity is offered to the waiting list',
      params: ZIdParams,
      body: ZUpdateEvent,
      response: { 200: ZEvent, ...errorResponses },
    },
    policy: eventPolicy.update,
    handle: async ({ request, actor }) => {
      await updateEvent({ db, actor, eventId: request.params.id, input: request.body, now: ctx.clock(), publicUrl });
      return getEvent(db, await findEvent(db, request.params.id), await loadViewer(db, actor), ctx.clock());
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/events/:id/published',
    schema: {
      tags,
      summary: 'Publish an event or take it back to a draft (staff)',
      params: ZIdParams,
      body: z.object({ published: z.boolean() }),
      response: { 200: ZEvent, ...errorResponses },
    },
    policy: eventPolicy.publish,
    handle: async ({ request, actor }) => {
      await setEventPublished({
        db,
        actor,
        eventId: request.params.id,
        published: request.body.published,
        now: ctx.clock(),
      });
      return getEvent(db, await findEvent(db, request.params.id), await loadViewer(db, actor), ctx.clock());
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/events/:id',
    schema: {
      tags,
      summary: 'Delete an event without registrations (admin)',
      params: ZIdParams,
      response: { 204: z.null(), ...errorResponses },
    },
    policy: eventPolicy.delete,
    handle: async ({ request, reply, actor }) => {
      await deleteEvent({ db, actor, eventId: request.params.id });
      return reply.status(204).send(null);
    },
  });

  await app.register(registrationRoutes, { ctx });
};
