import { REQUEST_ABILITIES } from '../../contract/requests/abilities';
import type { TCapability } from '../../platform/capability';
import { REQUEST_ERROR_STATUS } from '../../contract/requests/errors';
import { REQUEST_MAIL_KINDS } from '../../contract/requests/mail';
import { requestRoutes } from './routes/requests.routes';
import { requestPolicy } from './policy';

/** Service requests from submission to delivery and feedback, and each customer's journey. */
export const requestsCapability: TCapability = {
  name: 'requests',
  routes: [requestRoutes],
  errorStatus: REQUEST_ERROR_STATUS,
  mailKinds: REQUEST_MAIL_KINDS,
  abilities: {
    shape: REQUEST_ABILITIES,
    of: (a) => ({
      requests: { list: requestPolicy.list(a), listAll: requestPolicy.listAll(a), board: requestPolicy.board(a) },
    }),
  },
};
