/** The organisation registry's own error codes (merged into the API's code → status registry). */
export const ORGANISATION_ERROR_STATUS = {
  duplicate_eik: 409,
} as const;

declare module '../errors' {
  interface TErrorStatusRegistry extends Record<keyof typeof ORGANISATION_ERROR_STATUS, number> {}
}
