import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The facilities part of `abilities` in GET /api/v1/me. */
export const FACILITY_ABILITIES = {
  facilities: z.object({ manage: z.boolean() }),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof FACILITY_ABILITIES> {}
}
