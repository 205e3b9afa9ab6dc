import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, ZUuid } from '../../../platform/http/schemas';
import { forbidden, notFound } from '../../../platform/errors';
import { eventPolicy, type TRegistrationFacts } from '../policy';
import { ZMyRegistration, ZRegistration } from '../../../contract/events/schemas';
import {
  ZReason,
  ZRegister,
  ZRegistrationStatusQuery,
  ZReorder,
  ZRequiredReason,
  ZToken,
} from '../../../contract/events/input';
import { findEvent } from '../queries/get-event';
import { registrationTokenMatches } from '../queries/present-registrations';
import { loadViewer } from '../queries/viewer';
import {
  findRegistration,
  getRegistration,
  listEventRegistrations,
  listMyRegistrations,
} from '../queries/list-registrations';
import { registerForEvent } from '../commands/register-for-event';
import { cancelRegistration } from '../commands/cancel-registration';
import { reviewRegistration } from '../commands/review-registration';
import { respondToOffer, type TOfferResponse } from '../commands/respond-to-offer';
import { reorderWaitlist } from '../commands/reorder-waitlist';

const ZIdParams = z.object({ id: ZUuid });
const ZList = z.object({ items: z.array(ZRegistration) });
const detail = { 200: ZRegistration, ...errorResponses };
const tags = ['events'];
/** A caller who is not signed in is nobody's registrant: the cancel rule answers 401 before any lookup. */
const NOBODY: TRegistrationFacts = { userId: null, organisationId: null };
const OFFER_RESPONSES: readonly TOfferResponse[] = ['accept-offer', 'decline-offer', 'leave-waitlist'];

/** Registrations: register, the waiting list and its offers, cancellation, approval, staff's lists. */
export const registrationRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/events/:id/registrations',
    schema: {
      tags,
      summary:
        'Register seats (confirmed, pending approval, or on the waiting list — decided under a lock on the event)',
      params: ZIdParams,
      body: ZRegister,
      response: { 201: ZRegistration, ...errorResponses },
    },
    load: async (request) => {
      const event = await findEvent(db, request.params.id);
      const { isPartnerPerson } = await loadViewer(db, request.actor);
      // A signed-in caller who may not see the event is told it does not exist; an anonymous one is asked to sign in.
      if (request.actor && !eventPolicy.view(request.actor, { event, isPartnerPerson })) throw notFound('Event');
      return { event, isPartnerPerson, organisationId: request.body.organisationId };
    },
    policy: eventPolicy.register,
    handle: async ({ request, reply, actor, facts }) => {
      const id = await registerForEvent({
        db,
        actor,
        eventId: facts.event.id,
        input: request.body,
        now: ctx.clock(),
        publicUrl,
      });
      return reply.status(201).send(await getRegistration(db, id, { actor, now: ctx.clock() }));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/events/:id/registrations',
    schema: {
      tags,
      summary: "An event's registrations, the waiting list in rank order (staff)",
      params: ZIdParams,
      querystring: ZRegistrationStatusQuery,
      response: { 200: ZList, ...errorResponses },
    },
    policy: eventPolicy.listRegistrations,
    handle: async ({ request, actor }) => {
      const event = await findEvent(db, request.params.id);
      return { items: await listEventRegistrations(db, event.id, request.query.status, { actor, now: ctx.clock() }) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/events/:id/waitlist/reorder',
    schema: {
      tags,
      summary:
        'Move someone on the waiting list before another (null = to the end), with a reason kept in the audit log (staff)',
      params: ZIdParams,
      body: ZReorder,
      response: { 200: ZList, ...errorResponses },
    },
    policy: eventPolicy.reorderWaitlist,
    handle: async ({ request, actor }) => {
      await reorderWaitlist({ db, actor, eventId: request.params.id, ...request.body, now: ctx.clock(), publicUrl });
      return { items: await listEventRegistrations(db, request.params.id, undefined, { actor, now: ctx.clock() }) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/registrations/mine',
    schema: {
      tags,
      summary:
        "The caller's registrations (their own and their organisations'), with each event's title and first start",
      response: { 200: z.object({ items: z.array(ZMyRegistration) }), ...errorResponses },
    },
    policy: eventPolicy.mine,
    handle: async ({ actor }) => ({ items: await listMyRegistrations(db, actor, ctx.clock()) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/registrations/:id',
    schema: {
      tags,
      summary: 'A registration (the registrant, their organisation, staff, or with the e-mailed ?token=)',
      params: ZIdParams,
      querystring: ZToken,
      response: detail,
    },
    load: async (request) => {
      const registration = await findRegistration(db, request.params.id);
      return { registration, tokenMatches: registrationTokenMatches(registration, request.query.token) };
    },
    policy: eventPolicy.readRegistration,
    anonymous: true,
    handle: ({ request, actor, facts }) =>
      getRegistration(db, facts.registration.id, { actor, token: request.query.token, now: ctx.clock() }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/registrations/:id/cancel',
    schema: {
      tags,
      summary:
        'Cancel a registration (the registrant until the deadline; staff any time); freed seats go to the waiting list',
      params: ZIdParams,
      body: ZReason,
      response: detail,
    },
    load: async (request) => (request.actor ? findRegistration(db, request.params.id) : NOBODY),
    policy: eventPolicy.cancelRegistration,
    handle: async ({ request, actor }) => {
      const registrationId = request.params.id;
      await cancelRegistration({
        db,
        actor,
        registrationId,
        reason: request.body.reason ?? null,
        now: ctx.clock(),
        publicUrl,
      });
      return getRegistration(db, registrationId, { actor, now: ctx.clock() });
    },
  });

  for (const decision of ['approve', 'reject'] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/registrations/:id/${decision}`,
      schema: {
        tags,
        summary:
          decision === 'approve'
            ? 'Approve a pending registration (staff)'
            : 'Reject a pending registration with a reason (staff)',
        params: ZIdParams,
        body: decision === 'approve' ? ZReason : ZRequiredReason,
        response: detail,
      },
      policy: eventPolicy.reviewRegistration,
      handle: async ({ request, actor }) => {
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
    });
  }

  for (const response of OFFER_RESPONSES) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/registrations/:id/${response}`,
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
      load: async (request) => {
        const registration = await findRegistration(db, request.params.id);
        const token = request.query.token;
        const tokenMatches = registrationTokenMatches(registration, token);
        if (token && !tokenMatches && !request.actor) throw forbidden('This link is not valid (any more)');
        return { registration, tokenMatches };
      },
      policy: eventPolicy.respondToOffer,
      anonymous: true,
      handle: async ({ request, actor, facts }) => {
        const registrationId = facts.registration.id;
        await respondToOffer({ db, actor, registrationId, response, now: ctx.clock(), publicUrl });
        return getRegistration(db, registrationId, { actor, token: request.query.token, now: ctx.clock() });
      },
    });
  }
};
