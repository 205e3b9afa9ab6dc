import type { TAbilitiesOf } from '../abilities';

/** The accounts part of `abilities` in GET /api/v1/me. */
export const ACCOUNT_ABILITIES = {
  admin: { users: true, audit: true, outbox: true, jobs: true },
  /** The staff/admin start page. */
  start: { read: true },
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof ACCOUNT_ABILITIES> {}
}
