/** The self-check's calls: score answers without storing them, and save them as an organisation's draft. */
import { api, apiGet } from '../../shared/lib/api';
import type { TQuestionnaireId } from '../../../src/domain/dma/questionnaires';
import type { TBand } from '../../../src/domain/dma/scoring';
import type { TAnswerMap } from './answers-model';

/** POST /api/v1/dma/score: `name` is the English DTA column name of each dimension. */
export interface TScoreResponse {
  questionnaire: TQuestionnaireId;
  profile: string;
  overall: { score: number; band: TBand };
  dimensions: { id: 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6'; name: string; score: number; band: TBand }[];
}

/** Scores a complete answer set on the server; nothing is stored. A 400 names the questions in error.fields. */
export function requestScore(questionnaire: TQuestionnaireId, answers: TAnswerMap): Promise<TScoreResponse> {
  return api<TScoreResponse>('POST', '/api/v1/dma/score', { questionnaire, answers });
}

/** Which questionnaire an organisation answers, whether it already has a draft, and whether a stage is still free (nextStage). */
export function organisationAssessmentInfo(organisationId: string): Promise<{
  questionnaire: TQuestionnaireId;
  draftId: string | null;
  nextStage: string | null;
  abilities: { start: boolean };
}> {
  return apiGet(`/api/v1/organisations/${encodeURIComponent(organisationId)}/assessments`);
}

/** Starts a draft assessment for the organisation with these answers. A 409 carries details.draftId. */
export function createDraftWithAnswers(organisationId: string, answers: TAnswerMap): Promise<{ id: string }> {
  return api<{ id: string }>('POST', `/api/v1/organisations/${encodeURIComponent(organisationId)}/assessments`, {
    answers,
  });
}
