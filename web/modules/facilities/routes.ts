/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import type { TLoader } from '../../app/route-data';
import { ResourcesPage, resourcesLoader } from './pages/ResourcesPage';
import { ResourceEditPage } from './pages/ResourceEditPage';
import { BookingsAdminPage } from './pages/BookingsAdminPage';
import { ResourcePage, resourceLoader } from './pages/ResourcePage';

export const routes: TRouteDef[] = [
  { path: '/facilities', component: ResourcesPage, loader: resourcesLoader as TLoader<unknown> },
  { path: '/facilities/new', component: ResourceEditPage },
  { path: '/facilities/bookings', component: BookingsAdminPage },
  { path: '/facilities/:slug', component: ResourcePage, loader: resourceLoader as TLoader<unknown> },
  { path: '/facilities/:slug/edit', component: ResourceEditPage },
];
