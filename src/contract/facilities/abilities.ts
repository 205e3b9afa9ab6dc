import type { TAbilitiesOf } from '../abilities';

/** The facilities part of `abilities` in GET /api/v1/me. */
export const FACILITY_ABILITIES = {
  facilities: { manage: true },
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof FACILITY_ABILITIES> {}
}
