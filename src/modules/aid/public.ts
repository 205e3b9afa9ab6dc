/**
 * What other capabilities may use of aid (the lint fence forbids reaching into its other files): the
 * commands and reads they compose into their own transactions.
 */
export { adjustGrantAmount, grantAidOnAcceptance } from './commands/grant-aid';
export { revokeRequestGrant } from './commands/revoke-grant';
export { loadAidSettings } from './queries/aid-settings';
export { getOrganisationAid } from './queries/organisation-aid';
