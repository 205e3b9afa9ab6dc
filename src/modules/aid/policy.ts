import type { TActor } from '../../platform/http/actor';
import { isAdmin, isMemberOf, isStaff } from '../../platform/http/authorize';
import { definePolicy } from '../../platform/http/policy';

/** Who may see and change what in the state-aid ledger. One line per rule; routes bind these before any query or command. */
export const aidPolicy = definePolicy('aid', {
  /** An organisation's aid position and declarations: its members and hub staff. */
  viewOrganisationAid: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  /** The customer signs its own declaration; staff may file one the customer signed on paper. */
  declare: (a: TActor | null, orgId: string) => isStaff(a) || isMemberOf(a, orgId),
  /** The statement text is shown before anyone signs: public. */
  declarationText: (_a: TActor | null) => true,
  /** The hub-wide ledger and its files name every customer's aid: staff only. */
  viewLedger: (a: TActor | null) => isStaff(a),
  exportFiles: (a: TActor | null) => isStaff(a),
  viewSettings: (a: TActor | null) => isStaff(a),
  /** The ceiling and the national share change every future check and report: admins. */
  updateSettings: (a: TActor | null) => isAdmin(a),
});
