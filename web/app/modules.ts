/**
 * The web app's capabilities, in one place: their routes, menu entries (and, through web/app/locales.ts, their texts). Adding a
 * capability is a folder under web/modules/ plus one line here.
 */
import type { TRouteDef } from './route-types';
import type { ComponentType } from 'react';
import type { TNavFor } from './nav';
import { VerifyEmailBanner } from '../modules/accounts/components/VerifyEmailBanner';
import { routes as hubRoutes } from '../modules/hub/routes';
import { nav as hubNav } from '../modules/hub/nav';
import { routes as accountsRoutes } from '../modules/accounts/routes';
import { nav as accountsNav } from '../modules/accounts/nav';
import { routes as organisationsRoutes } from '../modules/organisations/routes';
import { nav as organisationsNav } from '../modules/organisations/nav';
import { routes as assessmentsRoutes } from '../modules/assessments/routes';
import { nav as assessmentsNav } from '../modules/assessments/nav';
import { routes as servicesRoutes } from '../modules/services/routes';
import { nav as servicesNav } from '../modules/services/nav';
import { routes as requestsRoutes } from '../modules/requests/routes';
import { nav as requestsNav } from '../modules/requests/nav';
import { routes as aidRoutes } from '../modules/aid/routes';
import { nav as aidNav } from '../modules/aid/nav';
import { routes as eventsRoutes } from '../modules/events/routes';
import { nav as eventsNav } from '../modules/events/nav';
import { routes as facilitiesRoutes } from '../modules/facilities/routes';
import { nav as facilitiesNav } from '../modules/facilities/nav';

export interface TWebModule {
  name: string;
  routes: readonly TRouteDef[];
  /** Its menu entries (web/app/nav.ts). */
  nav?: TNavFor;
  /** A notice shown above every page's content when it applies (it renders nothing otherwise). */
  banner?: ComponentType;
}

export const WEB_MODULES: readonly TWebModule[] = [
  { name: 'hub', routes: hubRoutes, nav: hubNav },
  { name: 'accounts', routes: accountsRoutes, nav: accountsNav, banner: VerifyEmailBanner },
  { name: 'organisations', routes: organisationsRoutes, nav: organisationsNav },
  { name: 'assessments', routes: assessmentsRoutes, nav: assessmentsNav },
  { name: 'services', routes: servicesRoutes, nav: servicesNav },
  { name: 'requests', routes: requestsRoutes, nav: requestsNav },
  { name: 'aid', routes: aidRoutes, nav: aidNav },
  { name: 'events', routes: eventsRoutes, nav: eventsNav },
  { name: 'facilities', routes: facilitiesRoutes, nav: facilitiesNav },
];
