/** Service-request refusals: acceptance with nobody to deliver; a comment or file on a finished request. */
export const REQUEST_ERROR_STATUS = {
  no_expert_available: 409,
  request_closed: 409,
} as const;

declare module '../errors' {
  interface TErrorStatusRegistry extends Record<keyof typeof REQUEST_ERROR_STATUS, number> {}
}
