import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The services part of `abilities` in GET /api/v1/me. */
export const SERVICE_ABILITIES = {
  services: z.object({ manage: z.boolean() }),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof SERVICE_ABILITIES> {}
}
