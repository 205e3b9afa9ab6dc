/** Facility booking refusals (merged into the API's code → status registry). */
export const FACILITY_ERROR_STATUS = {
  slot_taken: 409,
  outside_availability: 400,
  too_short: 400,
  too_long: 400,
  prerequisite_missing: 403,
  nda_missing: 403,
  // A booking whose delivery is already recorded.
  delivery_recorded: 409,
} as const;

declare module '../errors' {
  interface TErrorStatusRegistry extends Record<keyof typeof FACILITY_ERROR_STATUS, number> {}
}
