import { definePolicy, unverifiedMayWrite } from '../../platform/http/policy';
import type { TActor } from '../../platform/http/actor';
import { isAdmin } from '../../platform/http/authorize';

/** Administration of users, the audit log, the mail outbox and the background jobs. */
export const adminPolicy = definePolicy('admin', {
  listUsers: (a: TActor | null) => isAdmin(a),
  setUserRole: (a: TActor | null) => isAdmin(a),
  readAudit: (a: TActor | null) => isAdmin(a),
  readOutbox: (a: TActor | null) => isAdmin(a),
  readJobs: (a: TActor | null) => isAdmin(a),
  retryJob: (a: TActor | null) => isAdmin(a),
  manageUsers: (a: TActor | null) => isAdmin(a),
});

/** An invitation's token is the credential: whoever holds the link may read and accept it. */
export const invitationPolicy = definePolicy('invitation', {
  preview: unverifiedMayWrite(() => true),
  accept: unverifiedMayWrite(() => true),
});

export const mePolicy = definePolicy('me', {
  read: () => true,
  update: unverifiedMayWrite((a: TActor | null) => !!a),
});
