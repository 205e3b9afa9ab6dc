/**
 * The web app's capabilities, in one place: their routes, menu entries (and, through web/app/locales.ts, their texts). Adding a
 * capability is a folder under web/modules/ plus one line here.
 */
import type { TRouteDef } from './route-types';
import type { ComponentType } from 'react';
import type { TNavFor } from './nav';
import type { TModuleTexts } from './locales';
import { texts as assessmentsTexts } from '../modules/assessments/texts';
import type { TMe } from '../../src/contract/me';
import { anonymousAbilities, type TAbilityShape } from '../../src/contract/abilities';
import { ACCOUNT_ABILITIES } from '../../src/contract/accounts/abilities';
import { ORGANISATION_ABILITIES } from '../../src/contract/organisations/abilities';
import { ASSESSMENT_ABILITIES } from '../../src/contract/assessments/abilities';
import { SERVICE_ABILITIES } from '../../src/contract/services/abilities';
import { REQUEST_ABILITIES } from '../../src/contract/requests/abilities';
import { AID_ABILITIES } from '../../src/contract/aid/abilities';
import { EVENT_ABILITIES } from '../../src/contract/events/abilities';
import { FACILITY_ABILITIES } from '../../src/contract/facilities/abilities';
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
  /** Namespaces besides `web` that its pages read, by language (web/app/locales.ts). */
  texts?: TModuleTexts;
  /** Its part of `abilities` in GET /api/v1/me (src/contract/<capability>/abilities.ts). */
  abilities?: TAbilityShape;
}

export const WEB_MODULES: readonly TWebModule[] = [
  { name: 'hub', routes: hubRoutes, nav: hubNav },
  {
    name: 'accounts',
    routes: accountsRoutes,
    nav: accountsNav,
    abilities: ACCOUNT_ABILITIES,
    banner: VerifyEmailBanner,
  },
  { name: 'organisations', routes: organisationsRoutes, nav: organisationsNav, abilities: ORGANISATION_ABILITIES },
  {
    name: 'assessments',
    routes: assessmentsRoutes,
    nav: assessmentsNav,
    texts: assessmentsTexts,
    abilities: ASSESSMENT_ABILITIES,
  },
  { name: 'services', routes: servicesRoutes, nav: servicesNav, abilities: SERVICE_ABILITIES },
  { name: 'requests', routes: requestsRoutes, nav: requestsNav, abilities: REQUEST_ABILITIES },
  { name: 'aid', routes: aidRoutes, nav: aidNav, abilities: AID_ABILITIES },
  { name: 'events', routes: eventsRoutes, nav: eventsNav, abilities: EVENT_ABILITIES },
  { name: 'facilities', routes: facilitiesRoutes, nav: facilitiesNav, abilities: FACILITY_ABILITIES },
];

/** Who the web app takes a caller for before the server says otherwise (tests, and pages rendered without /me). */
export const ANONYMOUS_ME: TMe = {
  user: null,
  memberships: [],
  abilities: anonymousAbilities(WEB_MODULES.flatMap((m) => (m.abilities ? [m.abilities] : []))),
};
