import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { authorize, requireActor } from '../../platform/http/authorize';
import { errorResponses, paginated, ZPageQuery, ZUuid } from '../../platform/http/schemas';
import { forbidden } from '../../platform/errors';
import { LIMITS, LOCALES } from '../../contract/common';
import { STAGES } from '../../domain/dma/questionnaires';
import { assessmentPolicy } from './assessments.policy';
import { ZAssessment, ZAssessmentSummary, ZBand, ZQuestionnaireId, ZScores, ZStage } from './assessments.presenter';
import { createAssessment } from './commands/create-assessment';
import { saveDraft } from './commands/save-draft';
import { submitAssessment } from './commands/submit-assessment';
import { correctAssessment } from './commands/correct-assessment';
import { discardDraft } from './commands/discard-draft';
import { findAssessmentRow, getAssessment } from './queries/get-assessment';
import { listOrganisationAssessments } from './queries/list-organisation-assessments';
import { listAssessments } from './queries/list-assessments';
import { getAssessmentResults } from './queries/assessment-results';
import { renderAssessmentPdf } from './queries/assessment-report';
import { ZAnswers } from './questionnaire-for';

const tags = ['assessments'];
const ZOrgParams = z.object({ id: ZUuid });
const ZAnswersBody = ZAnswers(10);
const one = { 200: ZAssessment, ...errorResponses };

const ZResults = z.object({
  questionnaire: ZQuestionnaireId,
  stages: z.array(z.object({ stage: ZStage, assessmentId: z.string(), submittedAt: z.string(), scores: ZScores })),
  changes: z.array(
    z.object({
      from: ZStage,
      to: ZStage,
      overall: z.number(),
      dimensions: z.record(z.string(), z.number()),
      bandMoves: z.array(z.object({ target: z.string(), from: ZBand, to: ZBand })),
      services: z.array(z.object({ id: z.string(), title: z.string(), deliveredAt: z.string() })),
    }),
  ),
  benchmark: z
    .object({
      minimumPeers: z.number().int().describe('The group is shown only from this many other organisations up'),
      available: z.boolean().describe('Whether the group is large enough; its exact size is never disclosed'),
      group: z.object({ sector: z.string().nullable(), staffBand: z.string().nullable(), nuts2: z.string().nullable() }),
      mean: ZScores.nullable().describe('The peer means in whole points (each peer by its highest stage)'),
    })
    .nullable()
    .describe("Compared with the organisation's highest recorded stage, the same one the results page shows as latest"),
});

/** An organisation's assessments (members and staff) and one assessment's life: draft → submitted → corrected. */
export const assessmentRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  app.get(
    '/api/v1/organisations/:id/assessments',
    {
      config: { policy: 'assessments.view' },
      schema: {
        tags,
        summary: "An organisation's assessments, its open draft and the next stage",
        params: ZOrgParams,
        response: {
          200: z.object({
            questionnaire: ZQuestionnaireId,
            items: z.array(ZAssessmentSummary),
            draftId: z.string().nullable(),
            nextStage: ZStage.nullable().describe('The stage a submission takes unless staff choose: null only when T0, T1 and T2 exist'),
            freeStages: z.array(ZStage).describe('The stages not yet recorded; staff may submit as any of them'),
            abilities: z.object({ start: z.boolean(), setStage: z.boolean() }),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      authorize(request.actor, assessmentPolicy.view(request.actor, request.params.id));
      return listOrganisationAssessments(db, request.params.id, request.actor);
    },
  );

  app.post(
    '/api/v1/organisations/:id/assessments',
    {
      config: { policy: 'assessments.fill' },
      schema: {
        tags,
        summary:
          'Start a draft assessment (answers optional and may be partial); 409 with details.draftId when one is open, 409 when T0, T1 and T2 are all recorded',
        params: ZOrgParams,
        body: z.object({ answers: ZAnswersBody.optional() }).default({}),
        response: { 201: ZAssessment, ...errorResponses },
      },
    },
    async (request, reply) => {
      authorize(request.actor, assessmentPolicy.fill(request.actor, request.params.id));
      const actor = requireActor(request.actor);
      const id = await createAssessment({ db, actor, organisationId: request.params.id, answers: request.body.answers, now: ctx.clock() });
      return reply.status(201).send(await getAssessment(db, id, actor));
    },
  );

  app.get(
    '/api/v1/organisations/:id/assessments/results',
    {
      config: { policy: 'assessments.view' },
      schema: {
        tags,
        summary: 'T0/T1/T2 scores, the change since T0 with band moves and services between, and the peer benchmark',
        params: ZOrgParams,
        response: { 200: ZResults, ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, assessmentPolicy.view(request.actor, request.params.id));
      return getAssessmentResults(db, request.params.id);
    },
  );

  app.get(
    '/api/v1/assessments',
    {
      config: { policy: 'assessments.listAll' },
      schema: {
        tags,
        summary: 'Every assessment of every customer (staff)',
        querystring: ZPageQuery.extend({
          questionnaire: ZQuestionnaireId.optional(),
          stage: ZStage.optional(),
          status: z.enum(['draft', 'submitted']).optional(),
          q: z.string().trim().max(LIMITS.searchMax).optional(),
        }),
        response: { 200: paginated(ZAssessmentSummary), ...errorResponses },
      },
    },
    async (request) => {
      authorize(request.actor, assessmentPolicy.listAll(request.actor));
      return listAssessments(db, request.query);
    },
  );

  const ZIdParams = z.object({ id: ZUuid });

  app.get(
    '/api/v1/assessments/:id',
    { config: { policy: 'assessments.view' }, schema: { tags, summary: 'One assessment', params: ZIdParams, response: one } },
    async (request) => {
      const row = await findAssessmentRow(db, request.params.id);
      authorize(request.actor, assessmentPolicy.view(request.actor, row.organisationId));
      return getAssessment(db, row.id, request.actor);
    },
  );

  app.patch(
    '/api/v1/assessments/:id',
    {
      config: { policy: 'assessments.fill' },
      schema: {
        tags,
        summary: 'Save answers of a draft (given questions replace, null removes, others are kept)',
        params: ZIdParams,
        body: z.object({ answers: ZAnswersBody }),
        response: one,
      },
    },
    async (request) => {
      const row = await findAssessmentRow(db, request.params.id);
      authorize(request.actor, assessmentPolicy.fill(request.actor, row.organisationId));
      await saveDraft({ db, actor: requireActor(request.actor), assessmentId: row.id, answers: request.body.answers, now: ctx.clock() });
      return getAssessment(db, row.id, request.actor);
    },
  );

  app.post(
    '/api/v1/assessments/:id/submit',
    {
      config: { policy: 'assessments.fill' },
      schema: {
        tags,
        summary: 'Submit a complete draft as the next stage (staff may choose any free stage)',
        params: ZIdParams,
        body: z.object({ stage: z.enum(STAGES).optional() }).default({}),
        response: one,
      },
    },
    async (request) => {
      const row = await findAssessmentRow(db, request.params.id);
      authorize(request.actor, assessmentPolicy.fill(request.actor, row.organisationId));
      if (request.body.stage && !assessmentPolicy.setStage(request.actor)) throw forbidden('Only hub staff choose the stage');
      await submitAssessment({ db, actor: requireActor(request.actor), assessmentId: row.id, stage: request.body.stage, now: ctx.clock() });
      return getAssessment(db, row.id, request.actor);
    },
  );

  app.post(
    '/api/v1/assessments/:id/correct',
    {
      config: { policy: 'assessments.correct' },
      schema: {
        tags,
        summary: 'Correct a submitted assessment with a reason (staff; the old answers are kept)',
        params: ZIdParams,
        body: z.object({ answers: ZAnswersBody, stage: ZStage.optional(), reason: z.string().trim().min(5).max(LIMITS.textMax) }),
        response: one,
      },
    },
    async (request) => {
      authorize(request.actor, assessmentPolicy.correct(request.actor));
      const row = await findAssessmentRow(db, request.params.id);
      await correctAssessment({ db, actor: requireActor(request.actor), assessmentId: row.id, ...request.body, now: ctx.clock() });
      return getAssessment(db, row.id, request.actor);
    },
  );

  app.delete(
    '/api/v1/assessments/:id',
    {
      config: { policy: 'assessments.fill' },
      schema: { tags, summary: 'Discard a draft', params: ZIdParams, response: { 204: z.null(), ...errorResponses } },
    },
    async (request, reply) => {
      const row = await findAssessmentRow(db, request.params.id);
      authorize(request.actor, assessmentPolicy.fill(request.actor, row.organisationId));
      await discardDraft({ db, actor: requireActor(request.actor), assessmentId: row.id });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/assessments/:id/report.pdf',
    {
      config: { policy: 'assessments.view' },
      schema: {
        tags,
        summary: 'The PDF report of a submitted assessment, in Bulgarian or English',
        params: ZIdParams,
        querystring: z.object({ lang: z.enum(LOCALES).optional() }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const row = await findAssessmentRow(db, request.params.id);
      authorize(request.actor, assessmentPolicy.view(request.actor, row.organisationId));
      const locale = request.query.lang ?? request.actor?.locale ?? 'bg';
      const { pdf, filename } = await renderAssessmentPdf(db, row, locale, ctx.clock());
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
};
