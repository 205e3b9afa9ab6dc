import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { errorResponses, paginated, ZPageQuery, ZUuid } from '../../platform/http/schemas';
import { LIMITS, LOCALES } from '../../contract/common';
import { assessmentPolicy } from './policy';
import {
  ASSESSMENT_STATUSES,
  STAGES,
  ZAssessment,
  ZAssessmentSummary,
  ZOrganisationAssessments,
  ZOrganisationResults,
  ZQuestionnaireId,
  ZStage,
} from '../../contract/assessments';
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

/** An organisation's assessments (members and staff) and one assessment's life: draft → submitted → corrected. */
export const assessmentRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;
  const ofOrganisation = (request: { params: { id: string } }) => ({ organisationId: request.params.id });
  const ofAssessment = async (request: { params: { id: string } }) => findAssessmentRow(db, request.params.id);

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/assessments',
    schema: {
      tags,
      summary: "An organisation's assessments, its open draft and the next stage",
      params: ZOrgParams,
      response: {
        200: ZOrganisationAssessments,
        ...errorResponses,
      },
    },
    load: ofOrganisation,
    policy: assessmentPolicy.view,
    handle: ({ request, actor }) => listOrganisationAssessments(db, request.params.id, actor),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations/:id/assessments',
    schema: {
      tags,
      summary:
        'Start a draft assessment (answers optional and may be partial); 409 with details.draftId when one is open, 409 when T0, T1 and T2 are all recorded',
      params: ZOrgParams,
      body: z.object({ answers: ZAnswersBody.optional() }).default({}),
      response: { 201: ZAssessment, ...errorResponses },
    },
    load: ofOrganisation,
    policy: assessmentPolicy.fill,
    handle: async ({ request, reply, actor }) => {
      const id = await createAssessment({
        db,
        actor,
        organisationId: request.params.id,
        answers: request.body.answers,
        now: ctx.clock(),
      });
      return reply.status(201).send(await getAssessment(db, id, actor));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/assessments/results',
    schema: {
      tags,
      summary: 'T0/T1/T2 scores, the change since T0 with band moves and services between, and the peer benchmark',
      params: ZOrgParams,
      response: { 200: ZOrganisationResults, ...errorResponses },
    },
    load: ofOrganisation,
    policy: assessmentPolicy.view,
    handle: ({ request }) => getAssessmentResults(db, request.params.id),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/assessments',
    schema: {
      tags,
      summary: 'Every assessment of every customer (staff)',
      querystring: ZPageQuery.extend({
        questionnaire: ZQuestionnaireId.optional(),
        stage: ZStage.optional(),
        status: z.enum(ASSESSMENT_STATUSES).optional(),
        q: z.string().trim().max(LIMITS.searchMax).optional(),
      }),
      response: { 200: paginated(ZAssessmentSummary), ...errorResponses },
    },
    policy: assessmentPolicy.listAll,
    handle: ({ request }) => listAssessments(db, request.query),
  });

  const ZIdParams = z.object({ id: ZUuid });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/assessments/:id',
    schema: { tags, summary: 'One assessment', params: ZIdParams, response: one },
    load: ofAssessment,
    policy: assessmentPolicy.view,
    handle: ({ actor, facts: row }) => getAssessment(db, row.id, actor),
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/assessments/:id',
    schema: {
      tags,
      summary: 'Save answers of a draft (given questions replace, null removes, others are kept)',
      params: ZIdParams,
      body: z.object({ answers: ZAnswersBody }),
      response: one,
    },
    load: ofAssessment,
    policy: assessmentPolicy.fill,
    handle: async ({ request, actor, facts: row }) => {
      await saveDraft({ db, actor, assessmentId: row.id, answers: request.body.answers, now: ctx.clock() });
      return getAssessment(db, row.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/assessments/:id/submit',
    schema: {
      tags,
      summary: 'Submit a complete draft as the next stage (staff may choose any free stage)',
      params: ZIdParams,
      body: z.object({ stage: z.enum(STAGES).optional() }).default({}),
      response: one,
    },
    load: async (request) => {
      const row = await findAssessmentRow(db, request.params.id);
      return { row, organisationId: row.organisationId, stage: request.body.stage };
    },
    policy: assessmentPolicy.submit,
    handle: async ({ request, actor, facts: { row } }) => {
      await submitAssessment({ db, actor, assessmentId: row.id, stage: request.body.stage, now: ctx.clock() });
      return getAssessment(db, row.id, actor);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/assessments/:id/correct',
    schema: {
      tags,
      summary: 'Correct a submitted assessment with a reason (staff; the old answers are kept)',
      params: ZIdParams,
      body: z.object({
        answers: ZAnswersBody,
        stage: ZStage.optional(),
        reason: z.string().trim().min(5).max(LIMITS.textMax),
      }),
      response: one,
    },
    // Staff only: checked before the record is loaded, so others get 403 for any id.
    policy: assessmentPolicy.correct,
    handle: async ({ request, actor }) => {
      const row = await findAssessmentRow(db, request.params.id);
      await correctAssessment({ db, actor, assessmentId: row.id, ...request.body, now: ctx.clock() });
      return getAssessment(db, row.id, actor);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/assessments/:id',
    schema: { tags, summary: 'Discard a draft', params: ZIdParams, response: { 204: z.null(), ...errorResponses } },
    load: ofAssessment,
    policy: assessmentPolicy.fill,
    handle: async ({ reply, actor, facts: row }) => {
      await discardDraft({ db, actor, assessmentId: row.id });
      return reply.status(204).send(null);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/assessments/:id/report.pdf',
    schema: {
      tags,
      summary: 'The PDF report of a submitted assessment, in Bulgarian or English',
      params: ZIdParams,
      querystring: z.object({ lang: z.enum(LOCALES).optional() }),
      produces: ['application/pdf'],
    },
    load: ofAssessment,
    policy: assessmentPolicy.view,
    handle: async ({ request, reply, actor, facts: row }) => {
      const locale = request.query.lang ?? actor.locale ?? 'bg';
      const { pdf, filename } = await renderAssessmentPdf(db, row, locale, ctx.clock());
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  });
};
