/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  { path: '/dma', ...lazyPage(() => import('./pages/DmaCheckPage'), 'DmaCheckPage') },
  {
    path: '/organisations/:id/assessments',
    ...lazyPage(() => import('./pages/OrganisationAssessmentsPage'), 'OrganisationAssessmentsPage'),
  },
  {
    path: '/organisations/:id/assessments/:assessmentId',
    ...lazyPage(() => import('./pages/AssessmentPage'), 'AssessmentPage'),
  },
  { path: '/assessments', ...lazyPage(() => import('./pages/AssessmentsPage'), 'AssessmentsPage') },
];
