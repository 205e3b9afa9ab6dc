import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TModuleOptions } from '../../platform/http/context';
import { defineRoute } from '../../platform/http/define-route';
import { platformPolicy } from '../../platform/http/policy';
import { errorResponses } from '../../platform/http/schemas';
import { AppError } from '../../platform/errors';
import { CURRENT_QUESTIONNAIRES, QUESTIONNAIRE_IDS } from '../../domain/dma/questionnaires';
import { DEFAULT_PROFILE, scoreAnswers } from '../../domain/dma/scoring';
import { assessmentPolicy } from './policy';
import {
  IMPORT_MAX_BYTES,
  ZQuestionnaireId,
  ZQuestionnaires,
  ZReconciliation,
  ZScoreResult,
} from '../../contract/assessments';
import { assertAnswers, ZAnswers } from './questionnaire-for';
import { parseResultsFile, resultsColumnName, writeResultsCsv, writeResultsXlsx } from './files/dta-results';
import { reconcile } from './files/reconcile';
import { loadResultsFileRows } from './queries/results-file-rows';
import { hubName } from '../../platform/hub/hub-name';

const tags = ['dma'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The public self-check, the questionnaire structure, and the Commission's DMA results files. */
export const dmaRoutes: FastifyPluginAsyncZod<TModuleOptions> = async (app, { ctx }) => {
  const { db } = ctx;

  // The import route takes the file itself as the request body.
  app.addContentTypeParser(
    [XLSX_TYPE, 'text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES },
    (_req, body, done) => done(null, body),
  );

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/dma/questionnaires',
    schema: {
      tags,
      summary: 'The questionnaires (structure, versions) and the scoring profile in use',
      response: {
        200: ZQuestionnaires,
      },
    },
    policy: platformPolicy.public,
    anonymous: true,
    handle: () => ({
      items: QUESTIONNAIRE_IDS.map((id) => {
        const def = CURRENT_QUESTIONNAIRES[id];
        return {
          id,
          version: def.version,
          profile: DEFAULT_PROFILE.id,
          dimensions: def.dimensions.map((d) => ({
            id: d.id,
            questions: [...d.questions],
            exportColumn: d.exportColumn,
          })),
          questions: def.questions.map((q) => ({
            id: q.id,
            type: q.type,
            count: q.count,
            ...(q.exclusive ? { exclusive: [...q.exclusive] } : {}),
          })),
        };
      }),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/dma/score',
    schema: {
      tags,
      summary: 'Score a complete answer set (public, rate-limited, stores nothing)',
      body: z.object({ questionnaire: ZQuestionnaireId, answers: ZAnswers() }),
      response: {
        200: ZScoreResult,
        ...errorResponses,
      },
    },
    policy: assessmentPolicy.score,
    anonymous: true,
    options: { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    handle: ({ request }) => {
      const def = CURRENT_QUESTIONNAIRES[request.body.questionnaire];
      assertAnswers(def, request.body.answers, true);
      const result = scoreAnswers(def, request.body.answers);
      return {
        questionnaire: result.questionnaire,
        profile: result.profile,
        overall: result.overall,
        dimensions: result.dimensions.map((d) => ({
          ...d,
          name: def.dimensions.find((x) => x.id === d.id)!.exportColumn,
        })),
      };
    },
  });

  const ZFileParams = z.object({ questionnaire: ZQuestionnaireId });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/dma/exports/:questionnaire',
    schema: {
      tags,
      summary: 'The Commission\'s "My SMEs/PSOs DMA Results" file (staff)',
      params: ZFileParams,
      querystring: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
      produces: [XLSX_TYPE, 'text/csv'],
    },
    policy: assessmentPolicy.exportFiles,
    handle: async ({ request, reply }) => {
      const { questionnaire } = request.params;
      const hub = await hubName(db, 'en');
      const rows = (await loadResultsFileRows(db, questionnaire)).map((r) => ({ ...r, hubName: hub }));
      const base = `my-${questionnaire}s-dma-results`;
      reply.header('cache-control', 'private, no-store');
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${base}.csv"`)
          .send(writeResultsCsv(questionnaire, rows));
      }
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${base}.xlsx"`)
        .send(await writeResultsXlsx(questionnaire, rows));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/dma/imports/:questionnaire',
    schema: {
      tags,
      summary:
        'Reconcile a "My SMEs/PSOs DMA Results" file from the Commission\'s platform with our scores (staff; body = the XLSX or CSV file)',
      params: ZFileParams,
      consumes: [XLSX_TYPE, 'text/csv'],
      response: {
        200: ZReconciliation,
        ...errorResponses,
      },
    },
    policy: assessmentPolicy.importFiles,
    handle: async ({ request }) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0)
        throw new AppError(
          'bad_request',
          'Send the XLSX or CSV file as the request body (Content-Type text/csv or the XLSX type)',
        );
      const contentType = String(request.headers['content-type'] ?? '');
      // XLSX files are ZIP archives: trust the bytes over a generic content type.
      const format = contentType.startsWith('text/csv')
        ? 'csv'
        : body.subarray(0, 2).toString('latin1') === 'PK'
          ? 'xlsx'
          : 'csv';
      const { questionnaire } = request.params;
      const parsed = await parseResultsFile(questionnaire, body, format);
      if (!parsed.ok)
        throw new AppError('validation_failed', parsed.message, {
          fields: [{ field: 'file', code: 'unreadable', message: parsed.message }],
        });
      const ours = await loadResultsFileRows(db, questionnaire);
      const { matched, unmatched, differences, missing } = reconcile(ours, parsed.rows);
      return {
        questionnaire,
        // A row with two problems is still one row of the file.
        rows: parsed.rows.length + new Set(parsed.issues.map((i) => i.row)).size,
        matched,
        unmatched,
        // The file's own column names, so staff find the cell at once.
        differences: differences.map((d) => ({ ...d, column: resultsColumnName(questionnaire, d.column) })),
        missing,
        issues: parsed.issues,
      };
    },
  });
};
