import type { TCapability } from '../../platform/capability';
import { healthRoutes } from './health.routes';
import { referenceRoutes } from './reference.routes';
import { hubRoutes } from './hub.routes';

/** The hub itself: health, its public profile and the reference lists (regions, sectors, EIK check, SME category). */
export const hubCapability: TCapability = {
  name: 'hub',
  routes: [healthRoutes, referenceRoutes, hubRoutes],
};
