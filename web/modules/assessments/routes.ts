/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { DmaCheckPage } from './pages/DmaCheckPage';
import { OrganisationAssessmentsPage } from './pages/OrganisationAssessmentsPage';
import { AssessmentPage } from './pages/AssessmentPage';
import { AssessmentsPage } from './pages/AssessmentsPage';

export const routes: TRouteDef[] = [
  { path: '/dma', component: DmaCheckPage },
  {
    path: '/organisations/:id/assessments',
    component: OrganisationAssessmentsPage,
  },
  {
    path: '/organisations/:id/assessments/:assessmentId',
    component: AssessmentPage,
  },
  { path: '/assessments', component: AssessmentsPage },
];
