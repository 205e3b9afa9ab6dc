import { z } from 'zod';
import type { TCapability } from '../capability';
import { abilitiesSchema } from '../../contract/me';
import type { TActor } from './actor';

export interface TMeAbilities {
  /** The schema of `abilities` in GET /api/v1/me: every capability's keys. */
  schema: z.ZodObject<z.ZodRawShape>;
  /** The abilities of an actor (or of an anonymous caller), assembled from every capability. */
  of: (actor: TActor | null) => Record<string, unknown>;
}

/** What the web app may show each person, one part per capability manifest. */
export function meAbilities(capabilities: readonly TCapability[]): TMeAbilities {
  const parts = capabilities.flatMap((c) => (c.abilities ? [c.abilities] : []));
  return {
    schema: z.object(abilitiesSchema(Object.assign({}, ...parts.map((p) => p.shape)))),
    of: (actor) => Object.assign({}, ...parts.map((p) => p.of(actor))),
  };
}
