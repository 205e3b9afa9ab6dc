import type { TActor } from '../../platform/http/actor';
import { isAdmin } from '../../platform/http/authorize';
import { organisationPolicy } from '../organisations/organisations.policy';
import { assessmentPolicy } from '../assessments/assessments.policy';
import { servicePolicy } from '../services/services.policy';
import { requestPolicy } from '../requests/requests.policy';
import { aidPolicy } from '../aid/aid.policy';
import { eventPolicy } from '../events/events.policy';
import { facilityPolicy } from '../facilities/facilities.policy';
import { startPolicy } from '../start/start.policy';

/** Administration of users, the audit log and the mail outbox. */
export const adminPolicy = {
  listUsers: (a: TActor | null) => isAdmin(a),
  setUserRole: (a: TActor | null) => isAdmin(a),
  readAudit: (a: TActor | null) => isAdmin(a),
  readOutbox: (a: TActor | null) => isAdmin(a),
  manageUsers: (a: TActor | null) => isAdmin(a),
};

/** An invitation's token is the credential: whoever holds the link may read and accept it. */
export const invitationPolicy = {
  preview: () => true,
  accept: () => true,
};

export const mePolicy = {
  read: () => true,
  update: (a: TActor | null) => !!a,
};

/** The app-wide abilities the web app receives with /api/v1/me. */
export function globalAbilities(a: TActor | null) {
  return {
    organisations: { list: organisationPolicy.list(a), listAll: organisationPolicy.listAll(a), create: organisationPolicy.register(a) },
    selfCheck: true,
    services: { manage: servicePolicy.create(a) },
    requests: { list: requestPolicy.list(a), listAll: requestPolicy.listAll(a), board: requestPolicy.board(a) },
    aid: { ledger: aidPolicy.viewLedger(a), settings: aidPolicy.updateSettings(a) },
    events: { manage: eventPolicy.manage(a) },
    facilities: { manage: facilityPolicy.manage(a) },
    assessments: {
      listAll: assessmentPolicy.listAll(a),
      exportFiles: assessmentPolicy.exportFiles(a),
      importFiles: assessmentPolicy.importFiles(a),
    },
    admin: { users: adminPolicy.listUsers(a), audit: adminPolicy.readAudit(a), outbox: adminPolicy.readOutbox(a) },
    start: { read: startPolicy.read(a) },
  };
}
