import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The aid part of `abilities` in GET /api/v1/me. */
export const AID_ABILITIES = {
  aid: z.object({ ledger: z.boolean(), settings: z.boolean() }),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof AID_ABILITIES> {}
}
