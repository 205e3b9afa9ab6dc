import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, ZUuid } from '../../platform/http/schemas';
import { notFound } from '../../platform/errors';
import { eventPolicy } from './events.policy';
import { ZEvent, ZEventPage } from './events.presenter';
import { ZCreateEvent, ZEventListQuery, ZUpdateEvent } from './event-input';
import { findEvent, getEvent } from './queries/get-event';
import { listEvents } from './queries/list-events';
import { loadViewer } from './queries/viewer';
import { createEvent } from './commands/create-event';
import { updateEvent } from './commands/update-event';
import { setEventPublished } from './commands/set-event-published';
import { deleteEvent } from './commands/delete-event';
import { registrationRoutes } from './registrations.routes';

const ZIdParams = z.object({ id: ZUuid });
const tags = ['events'];

/** Trainings, workshops, forums and meetings: the public calendar and staff's editing. */
export const eventRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  app.get(
    '/api/v1/events',
    {
      config: { policy: 'events.list' },
      schema: {
        tags,
        summary:
          'Events by first session (default: not yet ended); members-only ones for signed-in users, internal ones for partners and staff',
        querystring: ZEventListQuery,
        response: { 200: ZEventPage, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, eventPolicy.list());
      return listEvents(db, { viewer: await loadViewer(db, request.actor), query: request.query, now: ctx.clock() });
    },
  );

  app.get(
    '/api/v1/events/:slug',
    {
      config: { policy: 'events.view' },
      schema: {
        tags,
        summary: "An event (by slug or id) with its sessions, seats, the caller's registrations and abilities",
        params: z.object({ slug: z.string().min(1).max(100) }),
        response: { 200: ZEvent, ...errorResponses },
      },
    },
    async (request) => {
      const row = await findEvent(db, request.params.slug);
      const viewer = await loadViewer(db, request.actor);
      // An event the caller may not see does not exist for them (no hint that a draft or internal event is there).
      if (!eventPolicy.view(viewer, row)) throw notFound('Event');
      return getEvent(db, row, viewer, ctx.clock());
    },
  );

  app.post(
    '/api/v1/events',
    {
      config: { policy: 'events.create' },
      schema: {
        tags,
        summary: 'Create an event with its sessions (staff)',
        body: ZCreateEvent,
        response: { 201: ZEvent, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, eventPolicy.create(request.actor));
      const actor = requireActor(request.actor);
      const id = await createEvent({ db, actor, input: request.body, now: ctx.clock() });
      return reply.status(201).send(await getEvent(db, await findEvent(db, id), await loadViewer(db, actor), ctx.clock()));
    },
  );

  app.patch(
    '/api/v1/events/:id',
    {
      config: { policy: 'events.update' },
      schema: {
        tags,
        summary: 'Change an event; `sessions` replaces the list (staff). Raised capacity is offered to the waiting list',
        params: ZIdParams,
        body: ZUpdateEvent,
        response: { 200: ZEvent, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, eventPolicy.update(request.actor));
      const actor = requireActor(request.actor);
      await updateEvent({ db, actor, eventId: request.params.id, input: request.body, now: ctx.clock(), publicUrl });
      return getEvent(db, await findEvent(db, request.params.id), await loadViewer(db, actor), ctx.clock());
    },
  );

  app.put(
    '/api/v1/events/:id/published',
    {
      config: { policy: 'events.publish' },
      schema: {
        tags,
        summary: 'Publish an event or take it back to a draft (staff)',
        params: ZIdParams,
        body: z.object({ published: z.boolean() }),
        response: { 200: ZEvent, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, eventPolicy.publish(request.actor));
      const actor = requireActor(request.actor);
      await setEventPublished({ db, actor, eventId: request.params.id, published: request.body.published, now: ctx.clock() });
      return getEvent(db, await findEvent(db, request.params.id), await loadViewer(db, actor), ctx.clock());
    },
  );

  app.delete(
    '/api/v1/events/:id',
    {
      config: { policy: 'events.delete' },
      schema: {
        tags,
        summary: 'Delete an event without registrations (admin)',
        params: ZIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, eventPolicy.delete(request.actor));
      await deleteEvent({ db, actor: requireActor(request.actor), eventId: request.params.id });
      return reply.status(204).send(null);
    },
  );

  await app.register(registrationRoutes, { ctx });
};
