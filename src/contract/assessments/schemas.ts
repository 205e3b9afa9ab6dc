import { z } from 'zod';
import { ASSESSMENT_STATUSES, BANDS, DIMENSION_IDS, QUESTIONNAIRE_IDS, STAGES } from './enums';

export const ZBand = z.enum(BANDS);
export const ZStage = z.enum(STAGES);
export const ZQuestionnaireId = z.enum(QUESTIONNAIRE_IDS);
export const ZAssessmentStatus = z.enum(ASSESSMENT_STATUSES);

export const ZScore = z.object({ score: z.number(), band: ZBand });

export const ZScores = z.object({
  overall: ZScore,
  dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), score: z.number(), band: ZBand })),
});

export const ZAssessmentSummary = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  questionnaire: ZQuestionnaireId,
  status: ZAssessmentStatus,
  stage: ZStage.nullable(),
  staffAssisted: z.boolean(),
  overall: ZScore.nullable(),
  progress: z.object({ answered: z.number().int(), total: z.number().int() }),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const ZAssessmentCorrection = z.object({
  id: z.string(),
  at: z.string(),
  byName: z.string().nullable(),
  reason: z.string(),
  previousStage: ZStage.nullable(),
  previousResult: ZScores,
  previousAnswers: z
    .record(z.string(), z.unknown())
    .describe('The answers the correction replaced, in the answer format of dma.md'),
});

export const ZAssessmentAbilities = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  setStage: z.boolean(),
  correct: z.boolean(),
  delete: z.boolean(),
  report: z.boolean(),
});

export const ZAssessment = ZAssessmentSummary.extend({
  questionnaireVersion: z.string(),
  profile: z.string(),
  answers: z.record(z.string(), z.unknown()),
  result: ZScores.nullable(),
  module1: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
  createdByName: z.string().nullable(),
  submittedByName: z.string().nullable(),
  corrections: z.array(ZAssessmentCorrection),
  abilities: ZAssessmentAbilities,
});

export const ZOrganisationAssessments = z.object({
  questionnaire: ZQuestionnaireId,
  items: z.array(ZAssessmentSummary),
  draftId: z.string().nullable(),
  nextStage: ZStage.nullable().describe(
    'The stage a submission takes unless staff choose: null only when T0, T1 and T2 exist',
  ),
  freeStages: z.array(ZStage).describe('The stages not yet recorded; staff may submit as any of them'),
  abilities: z.object({ start: z.boolean(), setStage: z.boolean() }),
});

export const ZStageChange = z.object({
  from: ZStage,
  to: ZStage,
  overall: z.number(),
  dimensions: z.record(z.string(), z.number()),
  bandMoves: z.array(z.object({ target: z.string(), from: ZBand, to: ZBand })),
  services: z.array(z.object({ id: z.string(), title: z.string(), deliveredAt: z.string() })),
});

export const ZBenchmark = z.object({
  minimumPeers: z.number().int().describe('The group is shown only from this many other organisations up'),
  available: z.boolean().describe('Whether the group is large enough; its exact size is never disclosed'),
  group: z.object({ sector: z.string().nullable(), staffBand: z.string().nullable(), nuts2: z.string().nullable() }),
  mean: ZScores.nullable().describe('The peer means in whole points (each peer by its highest stage)'),
});

export const ZOrganisationResults = z.object({
  questionnaire: ZQuestionnaireId,
  stages: z.array(z.object({ stage: ZStage, assessmentId: z.string(), submittedAt: z.string(), scores: ZScores })),
  changes: z.array(ZStageChange),
  benchmark: ZBenchmark.nullable().describe(
    "Compared with the organisation's highest recorded stage, the same one the results page shows as latest",
  ),
});

export const ZQuestionnaires = z.object({
  items: z.array(
    z.object({
      id: ZQuestionnaireId,
      version: z.string(),
      profile: z.string(),
      dimensions: z.array(z.object({ id: z.string(), questions: z.array(z.string()), exportColumn: z.string() })),
      questions: z.array(
        z.object({
          id: z.string(),
          type: z.string(),
          count: z.number().int(),
          exclusive: z.array(z.number().int()).optional(),
        }),
      ),
    }),
  ),
});

export const ZScoreResult = z.object({
  questionnaire: ZQuestionnaireId,
  profile: z.string(),
  overall: ZScore,
  dimensions: z.array(z.object({ id: z.enum(DIMENSION_IDS), name: z.string(), score: z.number(), band: ZBand })),
});

export const ZReconciliationDifference = z.object({
  row: z.number().int(),
  organisationId: z.string(),
  name: z.string(),
  stage: z.string(),
  column: z.string(),
  ours: z.number().describe('Our score rounded to one decimal (half up), as exported'),
  theirs: z.number().describe("The file's value"),
  difference: z.number().describe('theirs − ours, flagged when its magnitude exceeds 0.5'),
});

export const ZReconciliation = z.object({
  questionnaire: ZQuestionnaireId,
  rows: z.number().int(),
  matched: z.number().int(),
  unmatched: z.array(
    z.object({
      row: z.number().int(),
      id: z.string(),
      name: z.string(),
      stage: z.string(),
      reason: z.enum(['not_found', 'ambiguous_name']),
    }),
  ),
  differences: z.array(ZReconciliationDifference),
  missing: z
    .array(z.object({ organisationId: z.string(), id: z.string(), name: z.string(), stage: z.string() }))
    .describe('Our submitted assessments of this questionnaire that the file has no row for (organisation and stage)'),
  issues: z.array(z.object({ row: z.number().int(), message: z.string() })),
});

export type TScore = z.infer<typeof ZScore>;
export type TScores = z.infer<typeof ZScores>;
export type TAssessmentSummary = z.infer<typeof ZAssessmentSummary>;
export type TAssessmentCorrection = z.infer<typeof ZAssessmentCorrection>;
export type TAssessmentAbilities = z.infer<typeof ZAssessmentAbilities>;
export type TAssessment = z.infer<typeof ZAssessment>;
export type TOrganisationAssessments = z.infer<typeof ZOrganisationAssessments>;
export type TStageChange = z.infer<typeof ZStageChange>;
export type TBenchmark = z.infer<typeof ZBenchmark>;
export type TOrganisationResults = z.infer<typeof ZOrganisationResults>;
export type TQuestionnaires = z.infer<typeof ZQuestionnaires>;
export type TScoreResult = z.infer<typeof ZScoreResult>;
export type TReconciliationDifference = z.infer<typeof ZReconciliationDifference>;
export type TReconciliation = z.infer<typeof ZReconciliation>;
