/** Refusals of the admin screens: retrying a job that has not failed, or one whose work is already pending again. */
export const ACCOUNT_ERROR_STATUS = {
  job_not_failed: 409,
  job_already_pending: 409,
} as const;

declare module '../errors' {
  interface TErrorStatusRegistry extends Record<keyof typeof ACCOUNT_ERROR_STATUS, number> {}
}
