import { SERVICE_ABILITIES } from '../../contract/services/abilities';
import type { TCapability } from '../../platform/capability';
import { serviceRoutes } from './routes/services.routes';
import { servicePolicy } from './policy';

/** The service catalogue in the four EDIH families. */
export const servicesCapability: TCapability = {
  name: 'services',
  routes: [serviceRoutes],
  abilities: {
    shape: SERVICE_ABILITIES,
    of: (a) => ({ services: { manage: servicePolicy.create(a) } }),
  },
};
