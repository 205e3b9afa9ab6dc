import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../app/routes';
import { AssessmentPage } from './pages/AssessmentPage';
import { AssessmentsPage } from './pages/AssessmentsPage';
import { OrganisationAssessmentsPage } from './pages/OrganisationAssessmentsPage';

describe('assessment routes', () => {
  it('map the staff list, an organisation’s results and one assessment to their pages', () => {
    expect(matchRoute('/assessments').route.component).toBe(AssessmentsPage);
    const results = matchRoute('/organisations/o-1/assessments');
    expect(results.route.component).toBe(OrganisationAssessmentsPage);
    expect(results.params).toEqual({ id: 'o-1' });
    const one = matchRoute('/organisations/o-1/assessments/a-2');
    expect(one.route.component).toBe(AssessmentPage);
    expect(one.params).toEqual({ id: 'o-1', assessmentId: 'a-2' });
  });
});
