/** The messages about a facility booking (each with the booking's .ics attached). */
export const BOOKING_MAIL_KINDS = [
  'booking_confirmed',
  'booking_requested',
  'booking_approved',
  'booking_rejected',
  'booking_cancelled',
] as const;
export type TBookingMailKind = (typeof BOOKING_MAIL_KINDS)[number];

declare module '../mail' {
  interface TMailKindRegistry extends Record<TBookingMailKind, true> {}
}
