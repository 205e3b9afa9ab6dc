import { FACILITY_ABILITIES } from '../../contract/facilities/abilities';
import type { TCapability } from '../../platform/capability';
import { FACILITY_ERROR_STATUS } from '../../contract/facilities/errors';
import { BOOKING_MAIL_KINDS } from '../../contract/facilities/mail';
import { facilityRoutes } from './routes/facilities.routes';
import { facilityPolicy } from './policy';

/** Facilities: the cyber range, HPC time, labs and workspaces, with availability and bookings. */
export const facilitiesCapability: TCapability = {
  name: 'facilities',
  routes: [facilityRoutes],
  errorStatus: FACILITY_ERROR_STATUS,
  mailKinds: BOOKING_MAIL_KINDS,
  abilities: {
    shape: FACILITY_ABILITIES,
    of: (a) => ({ facilities: { manage: facilityPolicy.manage(a) } }),
  },
};
