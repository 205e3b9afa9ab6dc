/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  { path: '/services', ...lazyPage(() => import('./pages/ServicesPage'), 'ServicesPage', 'servicesLoader') },
  { path: '/services/new', ...lazyPage(() => import('./pages/ServiceEditPage'), 'ServiceEditPage') },
  { path: '/services/:slug', ...lazyPage(() => import('./pages/ServicePage'), 'ServicePage', 'serviceLoader') },
  { path: '/services/:slug/edit', ...lazyPage(() => import('./pages/ServiceEditPage'), 'ServiceEditPage') },
];
