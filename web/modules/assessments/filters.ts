/** The staff assessment list keeps its filters in the URL, like the organisation list, so every view is linkable. */
import { QUESTIONNAIRE_IDS, STAGES } from '../../../src/domain/dma/questionnaires';
import { parsePage } from '../../shared/lib/query';

export const ASSESSMENT_STATUSES = ['draft', 'submitted'] as const;

export interface TAssessmentFilters {
  questionnaire: '' | (typeof QUESTIONNAIRE_IDS)[number];
  stage: '' | (typeof STAGES)[number];
  status: '' | (typeof ASSESSMENT_STATUSES)[number];
  q: string;
  page: number;
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): '' | T =>
  v && (values as readonly string[]).includes(v) ? (v as T) : '';

/** Reads the filters from a query string, dropping values that are not allowed. */
export function parseAssessmentFilters(search: URLSearchParams): TAssessmentFilters {
  return {
    questionnaire: oneOf(QUESTIONNAIRE_IDS, search.get('questionnaire')),
    stage: oneOf(STAGES, search.get('stage')),
    status: oneOf(ASSESSMENT_STATUSES, search.get('status')),
    q: (search.get('q') ?? '').slice(0, 100),
    page: parsePage(search.get('page')),
  };
}

/** The query string for filters: empty values and page 1 are left out. */
export function assessmentFiltersToSearch(f: TAssessmentFilters): string {
  const params = new URLSearchParams();
  if (f.questionnaire) params.set('questionnaire', f.questionnaire);
  if (f.stage) params.set('stage', f.stage);
  if (f.status) params.set('status', f.status);
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** True when any filter narrows the list (page alone does not). */
export function isFiltered(f: TAssessmentFilters): boolean {
  return !!(f.questionnaire || f.stage || f.status || f.q.trim());
}
