/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  { path: '/facilities', ...lazyPage(() => import('./pages/ResourcesPage'), 'ResourcesPage', 'resourcesLoader') },
  { path: '/facilities/new', ...lazyPage(() => import('./pages/ResourceEditPage'), 'ResourceEditPage') },
  { path: '/facilities/bookings', ...lazyPage(() => import('./pages/BookingsAdminPage'), 'BookingsAdminPage') },
  { path: '/facilities/:slug', ...lazyPage(() => import('./pages/ResourcePage'), 'ResourcePage', 'resourceLoader') },
  { path: '/facilities/:slug/edit', ...lazyPage(() => import('./pages/ResourceEditPage'), 'ResourceEditPage') },
];
