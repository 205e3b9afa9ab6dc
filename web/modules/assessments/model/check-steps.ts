/** The self-check's walk through the six sections, and the share of the problems found that a section shows. */
import { DIMENSION_IDS, type TDimensionId, type TQuestionnaireDef } from '../../../../src/domain/dma/questionnaires';
import type { TAnswerIssue } from '../../../../src/domain/dma/scoring';
import type { TScoreResponse } from '../score-api';
import type { TScores } from '../scores';

export const isFirstSection = (dimension: TDimensionId) => dimension === DIMENSION_IDS[0];

export const isLastSection = (dimension: TDimensionId) => dimension === DIMENSION_IDS[DIMENSION_IDS.length - 1];

/** The section after this one (only asked before the last). */
export const nextSection = (dimension: TDimensionId): TDimensionId =>
  DIMENSION_IDS[DIMENSION_IDS.indexOf(dimension) + 1];

/** The section before this one; the first stays the first. */
export const previousSection = (dimension: TDimensionId): TDimensionId =>
  DIMENSION_IDS[Math.max(0, DIMENSION_IDS.indexOf(dimension) - 1)];

/** The problems that belong to the open section; the others are only summed up there. */
export function issuesInSection(
  def: TQuestionnaireDef | null,
  dimension: TDimensionId,
  issues: TAnswerIssue[],
): TAnswerIssue[] {
  return issues.filter((i) => def?.dimensions.find((d) => d.id === dimension)?.questions.includes(i.question));
}

/** What the check keeps of the server's score: the overall and per-dimension score and band, no names. */
export function checkScores(scored: TScoreResponse): TScores {
  return {
    overall: scored.overall,
    dimensions: scored.dimensions.map(({ id, score, band }) => ({ id, score, band })),
  };
}
