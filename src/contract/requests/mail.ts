/** The messages about a service request: its creation, each transition, and the request for feedback. */
export const REQUEST_MAIL_KINDS = [
  'request_submitted',
  'request_accepted',
  'request_rejected',
  'request_assigned',
  'request_reassigned',
  'request_started',
  'request_delivered',
  'request_closed',
  'request_cancelled',
  'request_feedback',
] as const;
export type TRequestMailKind = (typeof REQUEST_MAIL_KINDS)[number];

declare module '../mail' {
  interface TMailKindRegistry extends Record<TRequestMailKind, true> {}
}
