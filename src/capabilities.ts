import type { TCapability } from './platform/capability';
import { hubCapability } from './modules/hub';
import { accountsCapability } from './modules/accounts';
import { organisationsCapability } from './modules/organisations';
import { assessmentsCapability } from './modules/assessments';
import { servicesCapability } from './modules/services';
import { aidCapability } from './modules/aid';
import { requestsCapability } from './modules/requests';
import { eventsCapability } from './modules/events';
import { facilitiesCapability } from './modules/facilities';

/**
 * Every capability of the hub, in one place: app.ts registers their routes, the error handler their error codes,
 * /api/v1/me their abilities, main.ts their jobs. Adding a capability is a folder under modules/ (and contract/,
 * web/modules/) plus one line here.
 */
export const CAPABILITIES: readonly TCapability[] = [
  hubCapability,
  accountsCapability,
  organisationsCapability,
  assessmentsCapability,
  servicesCapability,
  aidCapability,
  requestsCapability,
  eventsCapability,
  facilitiesCapability,
];
