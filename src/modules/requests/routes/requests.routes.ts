import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../../platform/http/context';
import { defineRoute } from '../../../platform/http/define-route';
import { errorResponses, paginated, ZUuid } from '../../../platform/http/schemas';
import { ZBoard, ZExpertChoice } from '../../../contract/requests';
import { requestPolicy } from '../policy';
import { ZDelivery, ZRequest, ZRequestSummary } from '../presenter';
import {
  ZBoardQuery,
  ZComment,
  ZCreateRequest,
  ZDeliveryInput,
  ZFeedback,
  ZListQuery,
  ZTransition,
} from '../request-input';
import { findRequest, getRequest, signedInRequestFacts } from '../queries/get-request';
import { listRequests } from '../queries/list-requests';
import { loadRequestBoard } from '../queries/request-board';
import { listServiceExperts } from '../queries/list-experts';
import { deliveryDefaults } from '../queries/delivery-defaults';
import { LOCALES } from '../../../contract/common';
import { asLocale } from '../../../platform/i18n/index';
import { createRequest } from '../commands/create-request';
import { transitionRequest } from '../commands/transition-request';
import { addComment } from '../commands/add-comment';
import { recordDelivery } from '../commands/record-delivery';
import { giveFeedback } from '../commands/give-feedback';
import { requestFileRoutes } from './request-files.routes';
import { journeyRoutes } from './journey.routes';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZRequest, ...errorResponses };
const tags = ['requests'];

/** Service requests from submission to feedback: the customer's side, the hub's board, the expert's work. */
export const requestRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;
  /** Routes on one request load its facts first (401 for anonymous callers, then 404), then ask the policy. */
  const requestFacts = (request: { actor: Parameters<typeof signedInRequestFacts>[1]; params: { id: string } }) =>
    signedInRequestFacts(db, request.actor, request.params.id);

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/requests',
    schema: {
      tags,
      summary: 'Requests (staff: all; experts: assigned to them or their partner; members: their organisations)',
      querystring: ZListQuery,
      response: { 200: paginated(ZRequestSummary), ...errorResponses },
    },
    policy: requestPolicy.list,
    handle: ({ request, actor }) => listRequests(db, { ...request.query, actor, all: requestPolicy.listAll(actor) }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/requests/board',
    schema: {
      tags,
      summary: 'Open and delivered requests by state, oldest first (staff)',
      querystring: ZBoardQuery,
      response: { 200: ZBoard, ...errorResponses },
    },
    policy: requestPolicy.board,
    handle: ({ request }) => loadRequestBoard(db, request.query),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/requests',
    schema: {
      tags,
      summary: "Request a catalogue service for an organisation (its members, or staff on the customer's behalf)",
      body: ZCreateRequest,
      response: { 201: ZRequest, ...errorResponses },
    },
    load: (request) => request.body.organisationId,
    policy: requestPolicy.create,
    handle: async ({ request, reply, actor }) => {
      const id = await createRequest({ db, actor, input: request.body, now: ctx.clock(), publicUrl });
      return reply.status(201).send(await getRequest(db, id, actor));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/requests/:id',
    schema: {
      tags,
      summary: 'A request with its timeline, files, delivery, feedback, aid and allowed actions',
      params: ZIdParams,
      response: detail,
    },
    load: requestFacts,
    policy: requestPolicy.view,
    handle: ({ request, actor }) => getRequest(db, request.params.id, actor),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/requests/:id/experts',
    schema: {
      tags,
      summary: "The experts of the service's delivering partners, for assigning (staff)",
      params: ZIdParams,
      response: { 200: z.array(ZExpertChoice), ...errorResponses },
    },
    policy: requestPolicy.listExperts,
    handle: async ({ request }) => {
      const { row } = await findRequest(db, request.params.id);
      return listServiceExperts(db, row.serviceId);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/requests/:id/transitions',
    schema: {
      tags,
      summary: 'Accept (records the aid grant), reject, assign, reassign, start, deliver, close or cancel a request',
      params: ZIdParams,
      body: ZTransition,
      response: detail,
    },
    load: requestFacts,
    policy: requestPolicy.transition,
    handle: async ({ request, actor }) => {
      await transitionRequest({
        db,
        actor,
        requestId: request.params.id,
        input: request.body,
        now: ctx.clock(),
        publicUrl,
      });
      return getRequest(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/requests/:id/comments',
    schema: { tags, summary: "Comment on the request's timeline", params: ZIdParams, body: ZComment, response: detail },
    load: requestFacts,
    policy: requestPolicy.comment,
    handle: async ({ request, actor }) => {
      await addComment({ db, actor, requestId: request.params.id, body: request.body.body, now: ctx.clock() });
      return getRequest(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/requests/:id/delivery-defaults',
    schema: {
      tags,
      summary: 'A delivery record prefilled from the catalogue, the request and its aid grant (staff)',
      params: ZIdParams,
      querystring: z.object({ lang: z.enum(LOCALES).optional() }),
      response: { 200: ZDelivery, ...errorResponses },
    },
    policy: requestPolicy.recordDelivery,
    handle: async ({ request, actor }) => {
      const { row } = await findRequest(db, request.params.id);
      return deliveryDefaults(db, row, ctx.clock(), request.query.lang ?? asLocale(actor.locale));
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/requests/:id/delivery',
    schema: {
      tags,
      summary:
        'Record the delivery as the Commission reports it (staff; once delivered); a changed aid adjusts the grant',
      params: ZIdParams,
      body: ZDeliveryInput,
      response: detail,
    },
    policy: requestPolicy.recordDelivery,
    handle: async ({ request, actor }) => {
      await recordDelivery({ db, actor, requestId: request.params.id, input: request.body, now: ctx.clock() });
      return getRequest(db, request.params.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/requests/:id/feedback',
    schema: {
      tags,
      summary: 'Rate the delivered service, 1–5 (members of the organisation, once)',
      params: ZIdParams,
      body: ZFeedback,
      response: detail,
    },
    load: requestFacts,
    policy: requestPolicy.giveFeedback,
    handle: async ({ request, actor }) => {
      await giveFeedback({
        db,
        actor,
        requestId: request.params.id,
        rating: request.body.rating,
        comment: request.body.comment ?? null,
        now: ctx.clock(),
      });
      return getRequest(db, request.params.id, actor);
    },
  });

  await app.register(requestFileRoutes, { ctx });
  await app.register(journeyRoutes, { ctx });
};
