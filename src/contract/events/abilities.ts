import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The events part of `abilities` in GET /api/v1/me. */
export const EVENT_ABILITIES = {
  events: z.object({ manage: z.boolean() }),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof EVENT_ABILITIES> {}
}
