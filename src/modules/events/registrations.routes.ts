import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, ZUuid } from '../../platform/http/schemas';
import { forbidden, notFound } from '../../platform/errors';
import { eventPolicy } from './events.policy';
import { ZMyRegistration, ZRegistration } from './events.presenter';
import { ZReason, ZRegister, ZRegistrationStatusQuery, ZReorder, ZRequiredReason, ZToken } from './event-input';
import { findEvent } from './queries/get-event';
import { registrationTokenMatches } from './queries/present-registrations';
import { loadViewer } from './queries/viewer';
import { findRegistration, getRegistration, listEventRegistrations, listMyRegistrations } from './queries/list-registrations';
import { registerForEvent } from './commands/register-for-event';
import { cancelRegistration } from './commands/cancel-registration';
import { reviewRegistration } from './commands/review-registration';
import { respondToOffer, type TOfferResponse } from './commands/respond-to-offer';
import { reorderWaitlist } from './commands/reorder-waitlist';

const ZIdParams = z.object({ id: ZUuid });
const ZList = z.object({ items: z.array(ZRegistration) });
const detail = { 200: ZRegistration, ...errorResponses };
const tags = ['events'];
const OFFER_RESPONSES: readonly TOfferResponse[] = ['accept-offer', 'decline-offer', 'leave-waitlist'];

/** Registrations: register, the waiting list and its offers, cancellation, approval, staff's lists. */
export const registrationRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  app.post(
    '/api/v1/events/:id/registrations',
    {
      config: { policy: 'events.register' },
      schema: {
        tags,
        summary: 'Register seats (confirmed, pending approval, or on the waiting list — decided under a lock on the event)',
        params: ZIdParams,
        body: ZRegister,
        response: { 201: ZRegistration, ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await findEvent(db, request.params.id);
      const viewer = await loadViewer(db, request.actor);
      if (request.actor && !eventPolicy.view(viewer, event)) throw notFound('Event');
      authorize(request.actor, eventPolicy.register(viewer, event, request.body.organisationId));
      const actor = requireActor(request.actor);
      const id = await registerForEvent({ db, actor, eventId: event.id, input: request.body, now: ctx.clock(), publicUrl });
      return reply.status(201).send(await getRegistration(db, id, { actor, now: ctx.clock() }));
    },
  );

  app.get(
    '/api/v1/events/:id/registrations',
    {
      config: { policy: 'events.listRegistrations' },
      schema: {
        tags,
        summary: "An event's registrations, the waiting list in rank order (staff)",
        params: ZIdParams,
        querystring: ZRegistrationStatusQuery,
        response: { 200: ZList, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, eventPolicy.listRegistrations(request.actor));
      const event = await findEvent(db, request.params.id);
      return { items: await listEventRegistrations(db, event.id, request.query.status, { actor: request.actor, now: ctx.clock() }) };
    },
  );

  app.post(
    '/api/v1/events/:id/waitlist/reorder',
    {
      config: { policy: 'events.reorderWaitlist' },
      schema: {
        tags,
        summary: 'Move someone on the waiting list before another (null = to the end), with a reason kept in the audit log (staff)',
        params: ZIdParams,
        body: ZReorder,
        response: { 200: ZList, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, eventPolicy.reorderWaitlist(request.actor));
      const actor = requireActor(request.actor);
      await reorderWaitlist({ db, actor, eventId: request.params.id, ...request.body, now: ctx.clock(), publicUrl });
      return { items: await listEventRegistrations(db, request.params.id, undefined, { actor, now: ctx.clock() }) };
    },
  );

  app.get(
    '/api/v1/registrations/mine',
    {
      config: { policy: 'registrations.mine' },
      schema: {
        tags,
        summary: "The caller's registrations (their own and their organisations'), with each event's title and first start",
        response: { 200: z.object({ items: z.array(ZMyRegistration) }), ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, eventPolicy.mine(request.actor));
      return { items: await listMyRegistrations(db, requireActor(request.actor), ctx.clock()) };
    },
  );

  app.get(
    '/api/v1/registrations/:id',
    {
      config: { policy: 'registrations.view' },
      schema: {
        tags,
        summary: 'A registration (the registrant, their organisation, staff, or with the e-mailed ?token=)',
        params: ZIdParams,
        querystring: ZToken,
        response: detail,
      },
    },
    async (request) => {
      const row = await findRegistration(db, request.params.id);
      const token = request.query.token;
      authorize(request.actor, eventPolicy.viewRegistration(request.actor, row) || registrationTokenMatches(row, token));
      return getRegistration(db, row.id, { actor: request.actor, token, now: ctx.clock() });
    },
  );

  app.post(
    '/api/v1/registrations/:id/cancel',
    {
      config: { policy: 'registrations.cancel' },
      schema: {
        tags,
        summary: 'Cancel a registration (the registrant until the deadline; staff any time); freed seats go to the waiting list',
        params: ZIdParams,
        body: ZReason,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const row = await findRegistration(db, request.params.id);
      authorize(actor, eventPolicy.cancelRegistration(actor, row));
      await cancelRegistration({ db, actor, registrationId: row.id, reason: request.body.reason ?? null, now: ctx.clock(), publicUrl });
      return getRegistration(db, row.id, { actor, now: ctx.clock() });
    },
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/api/v1/registrations/:id/${decision}`,
      {
        config: { policy: `registrations.${decision}` },
        schema: {
          tags,
          summary:
            decision === 'approve' ? 'Approve a pending registration (staff)' : 'Reject a pending registration with a reason (staff)',
          params: ZIdParams,
          body: decision === 'approve' ? ZReason : ZRequiredReason,
          response: detail,
        },
      },
      async (request) => {
        authorize(request.actor, eventPolicy.reviewRegistration(request.actor));
        const actor = requireActor(request.actor);
        await reviewRegistration({
          db,
          actor,
          registrationId: request.params.id,
          decision,
          reason: request.body.reason ?? null,
          now: ctx.clock(),
          publicUrl,
        });
        return getRegistration(db, request.params.id, { actor, now: ctx.clock() });
      },
    );
  }

  for (const response of OFFER_RESPONSES) {
    app.post(
      `/api/v1/registrations/:id/${response}`,
      {
        config: { policy: `registrations.${response}` },
        schema: {
          tags,
          summary: {
            'accept-offer': 'Take the seat a waiting-list offer holds',
            'decline-offer': 'Decline a waiting-list offer (the next in line is offered)',
            'leave-waitlist': 'Leave the waiting list',
          }[response].concat(' — the registrant signed in, or anyone with the e-mailed ?token='),
          params: ZIdParams,
          querystring: ZToken,
          response: detail,
        },
      },
      async (request) => {
        const row = await findRegistration(db, request.params.id);
        const token = request.query.token;
        const tokenMatches = registrationTokenMatches(row, token);
        if (token && !tokenMatches && !request.actor) throw forbidden('This link is not valid (any more)');
        authorize(request.actor, eventPolicy.respondToOffer(request.actor, row, tokenMatches));
        await respondToOffer({ db, actor: request.actor, registrationId: row.id, response, now: ctx.clock(), publicUrl });
        return getRegistration(db, row.id, { actor: request.actor, token, now: ctx.clock() });
      },
    );
  }
};
