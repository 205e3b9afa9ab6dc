import type { TAbilitiesOf } from '../abilities';

/** The organisations part of `abilities` in GET /api/v1/me. */
export const ORGANISATION_ABILITIES = {
  organisations: { list: true, listAll: true, create: true },
  selfCheck: true,
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof ORGANISATION_ABILITIES> {}
}
