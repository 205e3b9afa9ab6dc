import { z } from 'zod';
import type { TAbilitiesOf } from '../me';

/** The assessments part of `abilities` in GET /api/v1/me. */
export const ASSESSMENT_ABILITIES = {
  assessments: z.object({ listAll: z.boolean(), exportFiles: z.boolean(), importFiles: z.boolean() }),
};

declare module '../me' {
  interface TAbilityRegistry extends TAbilitiesOf<typeof ASSESSMENT_ABILITIES> {}
}
