import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The accounts part of `abilities` in GET /api/v1/me. */
export const ACCOUNT_ABILITIES = {
  admin: z.object({ users: z.boolean(), audit: z.boolean(), outbox: z.boolean() }),
  /** The staff/admin start page. */
  start: z.object({ read: z.boolean() }),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof ACCOUNT_ABILITIES> {}
}
