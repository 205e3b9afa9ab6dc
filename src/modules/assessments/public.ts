/**
 * What other capabilities may use of assessments (the lint fence forbids reaching into its other files): the
 * commands and reads they compose into their own transactions.
 */
export { presentScores } from './assessments.presenter';
