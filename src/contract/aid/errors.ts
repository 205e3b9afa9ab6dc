/** State-aid refusals, sent by every capability that grants aid (merged into the API's code → status registry). */
export const AID_ERROR_STATUS = {
  aid_ceiling_exceeded: 409,
  declaration_required: 409,
} as const;

declare module '../errors' {
  interface TErrorStatusRegistry extends Record<keyof typeof AID_ERROR_STATUS, number> {}
}
