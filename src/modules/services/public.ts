/**
 * What other capabilities may use of services (the lint fence forbids reaching into its other files): the
 * commands and reads they compose into their own transactions.
 */
export { slugCandidate, slugify } from './slug';
export { technologyLabel } from './technology-label';
