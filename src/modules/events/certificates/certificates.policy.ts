import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { eventPolicy, type TRegistrationFacts } from '../events.policy';

/** Who may do what with certificates of attendance. One line per rule; routes call these before any command. */
export const certificatePolicy = {
  /** Issuing follows the check-ins, which are staff's. */
  issue: (a: TActor | null) => isStaff(a),
  /** A registration's certificates: whoever may see the registration. */
  list: (a: TActor | null, r: TRegistrationFacts) => eventPolicy.viewRegistration(a, r),
  /** The code is the secret: whoever holds it (the participant, an employer it was shown to) may read the certificate. */
  download: () => true,
  verify: () => true,
};
