import type { TAbilitiesOf } from '../abilities';

/** The requests part of `abilities` in GET /api/v1/me. */
export const REQUEST_ABILITIES = {
  requests: { list: true, listAll: true, board: true },
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof REQUEST_ABILITIES> {}
}
