/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { SmeCheckPage } from './pages/SmeCheckPage';
import { OrganisationsPage } from './pages/OrganisationsPage';
import { OrganisationNewPage } from './pages/OrganisationNewPage';
import { OrganisationPage } from './pages/OrganisationPage';

export const routes: TRouteDef[] = [
  { path: '/sme-check', component: SmeCheckPage },
  { path: '/organisations', component: OrganisationsPage },
  { path: '/organisations/new', component: OrganisationNewPage },
  { path: '/organisations/:id', component: OrganisationPage },
];
