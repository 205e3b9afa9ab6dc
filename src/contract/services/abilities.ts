import type { TAbilitiesOf } from '../abilities';

/** The services part of `abilities` in GET /api/v1/me. */
export const SERVICE_ABILITIES = {
  services: { manage: true },
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof SERVICE_ABILITIES> {}
}
