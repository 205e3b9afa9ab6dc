import type { TAssessment, TAssessmentSummary, TScores } from '../../contract/assessments';

export type TAssessmentSummaryOut = TAssessmentSummary;
export type TAssessmentOut = TAssessment;

/** Only the scores clients see: overall and dimensions (per-question scores stay internal). */
export function presentScores(result: unknown): TScores | null {
  if (!result || typeof result !== 'object') return null;
  const r = result as TScores;
  return { overall: r.overall, dimensions: r.dimensions.map((d) => ({ id: d.id, score: d.score, band: d.band })) };
}
