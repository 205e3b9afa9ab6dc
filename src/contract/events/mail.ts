/** The messages about an event registration: its outcome, the waiting list's offers, cancellation. */
export const REGISTRATION_MAIL_KINDS = [
  'registration_confirmed',
  'registration_pending',
  'registration_waitlisted',
  'registration_offered',
  'registration_offer_expired',
  'registration_rejected',
  'registration_cancelled',
] as const;
export type TRegistrationMailKind = (typeof REGISTRATION_MAIL_KINDS)[number];

declare module '../mail' {
  interface TMailKindRegistry extends Record<TRegistrationMailKind, true> {}
}
