/**
 * Who sees the request screens before any request is loaded. The server decides every request itself
 * (and sends `allowedActions` and `abilities`); these only choose the menu entries and the list's wording.
 */
import type { TMe } from '../../../src/contract/me';

/** Hub staff (staff, admin): every request, the board, requests on a customer's behalf. */
export const isHubStaff = (me: TMe): boolean => me.abilities.requests.listAll;

/** Anyone with requests to follow: staff, partner experts, and members of an organisation. */
export const mayListRequests = (me: TMe): boolean =>
  !!me.user && (isHubStaff(me) || me.user.role === 'expert' || me.memberships.length > 0);

/** Who may file a request: staff on anyone's behalf, members for their organisations. */
export const mayRequestServices = (me: TMe): boolean => !!me.user && (isHubStaff(me) || me.memberships.length > 0);
