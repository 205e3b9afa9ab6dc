import { z } from 'zod';
import type { TCapability } from '../../platform/capability';
import { serviceRoutes } from './routes/services.routes';
import { servicePolicy } from './policy';

/** The service catalogue in the four EDIH families. */
export const servicesCapability: TCapability = {
  name: 'services',
  routes: [serviceRoutes],
  abilities: {
    shape: { services: z.object({ manage: z.boolean() }) },
    of: (a) => ({ services: { manage: servicePolicy.create(a) } }),
  },
};
