import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The requests part of `abilities` in GET /api/v1/me. */
export const REQUEST_ABILITIES = {
  requests: z.object({ list: z.boolean(), listAll: z.boolean(), board: z.boolean() }),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof REQUEST_ABILITIES> {}
}
