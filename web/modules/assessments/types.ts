/** Response shapes of the assessment API (issue 3) as the web app uses them. Scores are unrounded 0..100. */
import type { TDimensionId, TQuestionnaireId, TStage } from '../../../src/domain/dma/questionnaires';
import type { TBand } from '../../../src/domain/dma/scoring';

export type TQuestionnaire = TQuestionnaireId;
export type { TBand, TDimensionId, TStage };

export interface TScore {
  score: number;
  band: TBand;
}

export interface TScores {
  overall: TScore;
  dimensions: (TScore & { id: TDimensionId })[];
}

export type TAssessmentStatus = 'draft' | 'submitted';

export interface TAssessmentSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  questionnaire: TQuestionnaire;
  status: TAssessmentStatus;
  stage: TStage | null;
  staffAssisted: boolean;
  overall: TScore | null;
  progress: { answered: number; total: number };
  submittedAt: string | null;
  updatedAt: string;
}

export interface TAssessmentCorrection {
  id: string;
  at: string;
  byName: string | null;
  reason: string;
  previousStage: TStage | null;
  previousResult: TScores;
  /** The answers the correction replaced (answer format of dma.md). */
  previousAnswers: Record<string, unknown>;
}

export interface TAssessmentAbilities {
  edit: boolean;
  submit: boolean;
  setStage: boolean;
  correct: boolean;
  delete: boolean;
  report: boolean;
}

export interface TAssessment extends TAssessmentSummary {
  questionnaireVersion: string;
  profile: string;
  answers: Record<string, unknown>;
  result: TScores | null;
  /** Registry data snapshotted on submit: name, eik, website, foundationYear, staffBand, address, nuts2, sector, … */
  module1: Record<string, string | number | null> | null;
  createdByName: string | null;
  submittedByName: string | null;
  corrections: TAssessmentCorrection[];
  abilities: TAssessmentAbilities;
}

export interface TOrganisationAssessments {
  questionnaire: TQuestionnaire;
  items: TAssessmentSummary[];
  draftId: string | null;
  /** The stage a submission takes by default; null only when all three stages are recorded. */
  nextStage: TStage | null;
  /** Every stage not yet recorded (staff may choose any). */
  freeStages: TStage[];
  abilities: { start: boolean; setStage: boolean };
}

export type TBandMoveTarget = 'overall' | TDimensionId;

export interface TStageChange {
  from: TStage;
  to: TStage;
  overall: number;
  dimensions: Record<TDimensionId, number>;
  bandMoves: { target: TBandMoveTarget; from: TBand; to: TBand }[];
  services: { id: string; title: string; deliveredAt: string }[];
}

/** The peer comparison: the group's size is never sent, only whether it reaches minimumPeers; means in whole points. */
export interface TBenchmark {
  minimumPeers: number;
  available: boolean;
  group: { sector: string | null; staffBand: string | null; nuts2: string | null };
  mean: TScores | null;
}

export interface TOrganisationResults {
  questionnaire: TQuestionnaire;
  stages: { stage: TStage; assessmentId: string; submittedAt: string; scores: TScores }[];
  changes: TStageChange[];
  /** null when the organisation has no submitted assessment. */
  benchmark: TBenchmark | null;
}

export interface TReconciliationDifference {
  row: number;
  organisationId: string;
  name: string;
  stage: TStage;
  column: string;
  ours: number;
  theirs: number;
  difference: number;
}

export interface TReconciliation {
  questionnaire: TQuestionnaire;
  rows: number;
  matched: number;
  unmatched: { row: number; id: string; name: string; stage: string }[];
  differences: TReconciliationDifference[];
  /** Our submitted assessments the file has no row for. */
  missing: { organisationId: string; id: string; name: string; stage: string }[];
  issues: { row: number; message: string }[];
}
