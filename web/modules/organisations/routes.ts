/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  { path: '/sme-check', ...lazyPage(() => import('./pages/SmeCheckPage'), 'SmeCheckPage') },
  { path: '/organisations', ...lazyPage(() => import('./pages/OrganisationsPage'), 'OrganisationsPage') },
  { path: '/organisations/new', ...lazyPage(() => import('./pages/OrganisationNewPage'), 'OrganisationNewPage') },
  { path: '/organisations/:id', ...lazyPage(() => import('./pages/OrganisationPage'), 'OrganisationPage') },
];
