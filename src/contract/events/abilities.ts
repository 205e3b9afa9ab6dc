import type { TAbilitiesOf } from '../abilities';

/** The events part of `abilities` in GET /api/v1/me. */
export const EVENT_ABILITIES = {
  events: { manage: true },
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof EVENT_ABILITIES> {}
}
