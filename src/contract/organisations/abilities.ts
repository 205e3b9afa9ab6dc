import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The organisations part of `abilities` in GET /api/v1/me. */
export const ORGANISATION_ABILITIES = {
  organisations: z.object({ list: z.boolean(), listAll: z.boolean(), create: z.boolean() }),
  selfCheck: z.boolean(),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof ORGANISATION_ABILITIES> {}
}
