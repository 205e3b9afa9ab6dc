import type { TAbilitiesOf } from '../abilities';

/** The assessments part of `abilities` in GET /api/v1/me. */
export const ASSESSMENT_ABILITIES = {
  assessments: { listAll: true, exportFiles: true, importFiles: true },
} as const;

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof ASSESSMENT_ABILITIES> {}
}
