/** The staff list's API call for the filters the URL holds. */
import { LIMITS } from '../../../../src/contract/common';
import { withQuery } from '../../../shared/lib/api';
import type { TAssessmentFilters } from '../filters';

/** GET /api/v1/assessments with the filters set and the default page size; empty filters are left out. */
export function assessmentsApiPath(filters: TAssessmentFilters): string {
  return withQuery('/api/v1/assessments', {
    questionnaire: filters.questionnaire,
    stage: filters.stage,
    status: filters.status,
    q: filters.q,
    page: filters.page,
    pageSize: LIMITS.pageSizeDefault,
  });
}
