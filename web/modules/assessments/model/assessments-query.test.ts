import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/contract/common';
import { assessmentsApiPath } from './assessments-query';

describe('assessmentsApiPath', () => {
  it('asks for the first page of everything when nothing is filtered', () => {
    expect(assessmentsApiPath({ questionnaire: '', stage: '', status: '', q: '', page: 1 })).toBe(
      `/api/v1/assessments?page=1&pageSize=${LIMITS.pageSizeDefault}`,
    );
  });

  it('passes every filter set, the search text as typed', () => {
    const path = assessmentsApiPath({ questionnaire: 'sme', stage: 'T0', status: 'draft', q: 'acme ltd', page: 3 });
    const query = new URLSearchParams(path.split('?')[1]);
    expect(Object.fromEntries(query)).toEqual({
      questionnaire: 'sme',
      stage: 'T0',
      status: 'draft',
      q: 'acme ltd',
      page: '3',
      pageSize: String(LIMITS.pageSizeDefault),
    });
  });
});
