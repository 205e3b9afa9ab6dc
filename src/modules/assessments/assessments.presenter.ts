import { z } from 'zod';
import { BANDS } from '../../domain/dma/scoring';
import { DIMENSION_IDS, QUESTIONNAIRE_IDS, STAGES } from '../../domain/dma/questionnaires';

export const ZBand = z.enum(BANDS);
export const ZStage = z.enum(STAGES);
export const ZQuestionnaireId = z.enum(QUESTIONNAIRE_IDS);

export const ZScores = z.object({
  overall: z.object({ score: z.number(), band: ZBand }),
  dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), score: z.number(), band: ZBand })),
});

export const ZAssessmentSummary = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  questionnaire: ZQuestionnaireId,
  status: z.enum(['draft', 'submitted']),
  stage: ZStage.nullable(),
  staffAssisted: z.boolean(),
  overall: z.object({ score: z.number(), band: ZBand }).nullable(),
  progress: z.object({ answered: z.number().int(), total: z.number().int() }),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const ZAssessment = ZAssessmentSummary.extend({
  questionnaireVersion: z.string(),
  profile: z.string(),
  answers: z.record(z.string(), z.unknown()),
  result: ZScores.nullable(),
  module1: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
  createdByName: z.string().nullable(),
  submittedByName: z.string().nullable(),
  corrections: z.array(
    z.object({
      id: z.string(),
      at: z.string(),
      byName: z.string().nullable(),
      reason: z.string(),
      previousStage: ZStage.nullable(),
      previousResult: ZScores,
      previousAnswers: z.record(z.string(), z.unknown()).describe('The answers the correction replaced, in the answer format of dma.md'),
    }),
  ),
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    setStage: z.boolean(),
    correct: z.boolean(),
    delete: z.boolean(),
    report: z.boolean(),
  }),
});

export type TAssessmentSummaryOut = z.infer<typeof ZAssessmentSummary>;
export type TAssessmentOut = z.infer<typeof ZAssessment>;

/** Only the scores clients see: overall and dimensions (per-question scores stay internal). */
export function presentScores(result: unknown): z.infer<typeof ZScores> | null {
  if (!result || typeof result !== 'object') return null;
  const r = result as z.infer<typeof ZScores>;
  return { overall: r.overall, dimensions: r.dimensions.map((d) => ({ id: d.id, score: d.score, band: d.band })) };
}
