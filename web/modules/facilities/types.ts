/**
 * Kept only for the events module's calendar, which still imports these from here; facilities' own files import
 * the contract. Remove once web/modules/events imports `src/contract/facilities`.
 */
export type { TCalendarItem, TResourceSummary } from '../../../src/contract/facilities';
