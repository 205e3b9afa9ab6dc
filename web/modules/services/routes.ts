/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import type { TLoader } from '../../app/route-data';
import { ServicesPage, servicesLoader } from './pages/ServicesPage';
import { ServiceEditPage } from './pages/ServiceEditPage';
import { ServicePage, serviceLoader } from './pages/ServicePage';

export const routes: TRouteDef[] = [
  { path: '/services', component: ServicesPage, loader: servicesLoader as TLoader<unknown> },
  { path: '/services/new', component: ServiceEditPage },
  { path: '/services/:slug', component: ServicePage, loader: serviceLoader as TLoader<unknown> },
  { path: '/services/:slug/edit', component: ServiceEditPage },
];
