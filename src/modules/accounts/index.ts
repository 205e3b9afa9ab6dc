import { ACCOUNT_ABILITIES } from '../../contract/accounts/abilities';
import type { TCapability } from '../../platform/capability';
import { ACCOUNT_ERROR_STATUS } from '../../contract/accounts/errors';
import { ACCOUNT_MAIL_KINDS } from '../../contract/accounts/mail';
import { meRoutes } from './me.routes';
import { adminRoutes } from './admin.routes';
import { userAdminRoutes } from './user-admin.routes';
import { startRoutes } from './start/start.routes';
import { adminPolicy } from './users.policy';
import { startPolicy } from './start/start.policy';

/** Accounts: the signed-in person, user administration and invitations, the audit log, outbox and jobs, the start page. */
export const accountsCapability: TCapability = {
  name: 'accounts',
  routes: [meRoutes, adminRoutes, userAdminRoutes, startRoutes],
  errorStatus: ACCOUNT_ERROR_STATUS,
  mailKinds: ACCOUNT_MAIL_KINDS,
  abilities: {
    shape: ACCOUNT_ABILITIES,
    of: (a) => ({
      admin: {
        users: adminPolicy.listUsers(a),
        audit: adminPolicy.readAudit(a),
        outbox: adminPolicy.readOutbox(a),
        jobs: adminPolicy.readJobs(a),
      },
      start: { read: startPolicy.read(a) },
    }),
  },
};
