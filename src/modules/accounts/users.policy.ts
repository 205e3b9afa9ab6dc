import type { TActor } from '../../platform/http/actor';
import { isAdmin } from '../../platform/http/authorize';

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
