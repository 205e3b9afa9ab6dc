/** Before any service is loaded (the "new service" screen) the server's abilities decide; it re-checks every change. */
import type { TMe } from '../../../src/contract/me';

/** servicePolicy.create, as /api/v1/me reports it: hub staff and admins manage the catalogue. */
export const mayManageServices = (me: TMe): boolean => me.abilities.services.manage;
