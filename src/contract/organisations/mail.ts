/** The message to a registering account whose EIK waits for staff to confirm the claim. */
export const ORGANISATION_MAIL_KINDS = ['organisation_registered'] as const;

declare module '../mail' {
  interface TMailKindRegistry extends Record<(typeof ORGANISATION_MAIL_KINDS)[number], true> {}
}
