import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../app/routes';

const pageOf = (path: string) => matchRoute(path).route.component.displayName;

describe('assessment routes', () => {
  it('map the staff list, an organisation’s results and one assessment to their pages', () => {
    expect(pageOf('/assessments')).toBe('Lazy(AssessmentsPage)');
    const results = matchRoute('/organisations/o-1/assessments');
    expect(pageOf('/organisations/o-1/assessments')).toBe('Lazy(OrganisationAssessmentsPage)');
    expect(results.params).toEqual({ id: 'o-1' });
    const one = matchRoute('/organisations/o-1/assessments/a-2');
    expect(pageOf('/organisations/o-1/assessments/a-2')).toBe('Lazy(AssessmentPage)');
    expect(one.params).toEqual({ id: 'o-1', assessmentId: 'a-2' });
  });
});
