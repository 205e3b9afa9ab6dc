/** Events' error codes: registration, check-in and attendance refusals (merged into the API's registry). */
export const EVENT_ERROR_STATUS = {
  registration_closed: 409,
  cancellation_deadline_passed: 409,
  already_checked_in: 409,
  not_confirmed: 409,
  // A second registration, attendance recorded before the end or for no service.
  already_registered: 409,
  event_not_over: 409,
  not_a_service: 409,
  // A check-in on another day than the session's, without a reason.
  outside_session_day: 409,
} as const;

declare module '../errors' {
  interface TErrorStatusRegistry extends Record<keyof typeof EVENT_ERROR_STATUS, number> {}
}
