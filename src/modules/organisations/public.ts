/**
 * What other capabilities may use of organisations (the lint fence forbids reaching into its other files): the
 * commands and reads they compose into their own transactions.
 */
export { findRegisterEntry } from './queries/find-register-entry';
export { findOrganisationRow } from './queries/get-organisation';
export { loadOwnershipLinks } from './queries/load-ownership-component';
export { lockOrganisation } from './repo';
export { backfillStoredSme } from './jobs/backfill-sme';
