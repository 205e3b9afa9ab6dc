/**
 * The web app's capabilities, in one place: their routes (and, through web/app/locales.ts, their texts). Adding a
 * capability is a folder under web/modules/ plus one line here.
 */
import type { TRouteDef } from './route-types';
import { routes as hubRoutes } from '../modules/hub/routes';
import { routes as accountsRoutes } from '../modules/accounts/routes';
import { routes as organisationsRoutes } from '../modules/organisations/routes';
import { routes as assessmentsRoutes } from '../modules/assessments/routes';
import { routes as servicesRoutes } from '../modules/services/routes';
import { routes as requestsRoutes } from '../modules/requests/routes';
import { routes as aidRoutes } from '../modules/aid/routes';
import { routes as eventsRoutes } from '../modules/events/routes';
import { routes as facilitiesRoutes } from '../modules/facilities/routes';

export interface TWebModule {
  name: string;
  routes: readonly TRouteDef[];
}

export const WEB_MODULES: readonly TWebModule[] = [
  { name: 'hub', routes: hubRoutes },
  { name: 'accounts', routes: accountsRoutes },
  { name: 'organisations', routes: organisationsRoutes },
  { name: 'assessments', routes: assessmentsRoutes },
  { name: 'services', routes: servicesRoutes },
  { name: 'requests', routes: requestsRoutes },
  { name: 'aid', routes: aidRoutes },
  { name: 'events', routes: eventsRoutes },
  { name: 'facilities', routes: facilitiesRoutes },
];
