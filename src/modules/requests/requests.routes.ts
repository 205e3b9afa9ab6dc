import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, paginated, ZUuid } from '../../platform/http/schemas';
import { REQUEST_STATES } from '../../domain/services/request-state-machine';
import { requestPolicy } from './requests.policy';
import { ZDelivery, ZRequest, ZRequestSummary } from './requests.presenter';
import { ZBoardQuery, ZComment, ZCreateRequest, ZDeliveryInput, ZFeedback, ZListQuery, ZTransition } from './request-input';
import { findRequest, getRequest } from './queries/get-request';
import { listRequests } from './queries/list-requests';
import { loadRequestBoard } from './queries/request-board';
import { listServiceExperts } from './queries/list-experts';
import { deliveryDefaults } from './queries/delivery-defaults';
import { LOCALES } from '../../contract/common';
import { asLocale } from '../../platform/i18n/index';
import { createRequest } from './commands/create-request';
import { transitionRequest } from './commands/transition-request';
import { addComment } from './commands/add-comment';
import { recordDelivery } from './commands/record-delivery';
import { giveFeedback } from './commands/give-feedback';
import { requestFileRoutes } from './request-files.routes';
import { journeyRoutes } from './journey.routes';

const ZIdParams = z.object({ id: ZUuid });
const detail = { 200: ZRequest, ...errorResponses };
const tags = ['requests'];

/** Service requests from submission to feedback: the customer's side, the hub's board, the expert's work. */
export const requestRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const publicUrl = ctx.config.publicUrl;

  app.get(
    '/api/v1/requests',
    {
      config: { policy: 'requests.list' },
      schema: {
        tags,
        summary: 'Requests (staff: all; experts: assigned to them or their partner; members: their organisations)',
        querystring: ZListQuery,
        response: { 200: paginated(ZRequestSummary), ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, requestPolicy.list(request.actor));
      const actor = requireActor(request.actor);
      return listRequests(db, { ...request.query, actor, all: requestPolicy.listAll(actor) });
    },
  );

  app.get(
    '/api/v1/requests/board',
    {
      config: { policy: 'requests.board' },
      schema: {
        tags,
        summary: 'Open and delivered requests by state, oldest first (staff)',
        querystring: ZBoardQuery,
        response: {
          200: z.object({
            columns: z.array(z.object({ status: z.enum(REQUEST_STATES), total: z.number().int(), items: z.array(ZRequestSummary) })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      authorize(request.actor, requestPolicy.board(request.actor));
      return loadRequestBoard(db, request.query);
    },
  );

  app.post(
    '/api/v1/requests',
    {
      config: { policy: 'requests.create' },
      schema: {
        tags,
        summary: "Request a catalogue service for an organisation (its members, or staff on the customer's behalf)",
        body: ZCreateRequest,
        response: { 201: ZRequest, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, requestPolicy.create(request.actor, request.body.organisationId));
      const actor = requireActor(request.actor);
      const id = await createRequest({ db, actor, input: request.body, now: ctx.clock(), publicUrl });
      return reply.status(201).send(await getRequest(db, id, actor));
    },
  );

  app.get(
    '/api/v1/requests/:id',
    {
      config: { policy: 'requests.view' },
      schema: {
        tags,
        summary: 'A request with its timeline, files, delivery, feedback, aid and allowed actions',
        params: ZIdParams,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { facts } = await findRequest(db, request.params.id);
      authorize(actor, requestPolicy.view(actor, facts));
      return getRequest(db, request.params.id, actor);
    },
  );

  app.get(
    '/api/v1/requests/:id/experts',
    {
      config: { policy: 'requests.listExperts' },
      schema: {
        tags,
        summary: "The experts of the service's delivering partners, for assigning (staff)",
        params: ZIdParams,
        response: {
          200: z.array(
            z.object({ id: z.string(), name: z.string(), email: z.string(), partner: z.object({ id: z.string(), name: z.string() }) }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      authorize(request.actor, requestPolicy.listExperts(request.actor));
      const { row } = await findRequest(db, request.params.id);
      return listServiceExperts(db, row.serviceId);
    },
  );

  app.post(
    '/api/v1/requests/:id/transitions',
    {
      config: { policy: 'requests.transition' },
      schema: {
        tags,
        summary: 'Accept (records the aid grant), reject, assign, reassign, start, deliver, close or cancel a request',
        params: ZIdParams,
        body: ZTransition,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { facts } = await findRequest(db, request.params.id);
      authorize(actor, requestPolicy.transition(actor, facts));
      await transitionRequest({ db, actor, requestId: request.params.id, input: request.body, now: ctx.clock(), publicUrl });
      return getRequest(db, request.params.id, actor);
    },
  );

  app.post(
    '/api/v1/requests/:id/comments',
    {
      config: { policy: 'requests.comment' },
      schema: { tags, summary: "Comment on the request's timeline", params: ZIdParams, body: ZComment, response: detail },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { facts } = await findRequest(db, request.params.id);
      authorize(actor, requestPolicy.comment(actor, facts));
      await addComment({ db, actor, requestId: request.params.id, body: request.body.body, now: ctx.clock() });
      return getRequest(db, request.params.id, actor);
    },
  );

  app.get(
    '/api/v1/requests/:id/delivery-defaults',
    {
      config: { policy: 'requests.recordDelivery' },
      schema: {
        tags,
        summary: 'A delivery record prefilled from the catalogue, the request and its aid grant (staff)',
        params: ZIdParams,
        querystring: z.object({ lang: z.enum(LOCALES).optional() }),
        response: { 200: ZDelivery, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, requestPolicy.recordDelivery(request.actor));
      const { row } = await findRequest(db, request.params.id);
      return deliveryDefaults(db, row, ctx.clock(), request.query.lang ?? asLocale(request.actor?.locale));
    },
  );

  app.put(
    '/api/v1/requests/:id/delivery',
    {
      config: { policy: 'requests.recordDelivery' },
      schema: {
        tags,
        summary: 'Record the delivery as the Commission reports it (staff; once delivered); a changed aid adjusts the grant',
        params: ZIdParams,
        body: ZDeliveryInput,
        response: detail,
      },
    },
    async (request) => {
      authorize(request.actor, requestPolicy.recordDelivery(request.actor));
      const actor = requireActor(request.actor);
      await recordDelivery({ db, actor, requestId: request.params.id, input: request.body, now: ctx.clock() });
      return getRequest(db, request.params.id, actor);
    },
  );

  app.post(
    '/api/v1/requests/:id/feedback',
    {
      config: { policy: 'requests.giveFeedback' },
      schema: {
        tags,
        summary: 'Rate the delivered service, 1–5 (members of the organisation, once)',
        params: ZIdParams,
        body: ZFeedback,
        response: detail,
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { facts } = await findRequest(db, request.params.id);
      authorize(actor, requestPolicy.giveFeedback(actor, facts));
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
  );

  await app.register(requestFileRoutes, { ctx });
  await app.register(journeyRoutes, { ctx });
};
