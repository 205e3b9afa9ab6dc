import { AID_ABILITIES } from '../../contract/aid/abilities';
import type { TCapability } from '../../platform/capability';
import { AID_ERROR_STATUS } from '../../contract/aid/errors';
import { aidRoutes } from './routes/aid.routes';
import { aidPolicy } from './policy';

/** The state-aid ledger: grants, de minimis declarations, ceilings and the Commission's registers. */
export const aidCapability: TCapability = {
  name: 'aid',
  routes: [aidRoutes],
  errorStatus: AID_ERROR_STATUS,
  abilities: {
    shape: AID_ABILITIES,
    of: (a) => ({ aid: { ledger: aidPolicy.viewLedger(a), settings: aidPolicy.updateSettings(a) } }),
  },
};
