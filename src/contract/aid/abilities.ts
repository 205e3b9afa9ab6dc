import type { TAbilitiesOf } from '../abilities';

/** The aid part of `abilities` in GET /api/v1/me. */
export const AID_ABILITIES = {
  aid: { ledger: true, settings: true },
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof AID_ABILITIES> {}
}
