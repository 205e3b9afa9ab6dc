import { z } from 'zod';
import { LOCALES, MEMBERSHIP_ROLES, ROLES } from './common';
import type { TAbilityShape } from './abilities';

/**
 * The `abilities` of GET /api/v1/me: what the web app may show this person. Each capability declares its part in
 * `contract/<capability>/abilities.ts` (plain data, contract/abilities.ts, which its manifest serves) and merges it into this interface,
 * so the web app reads `me.abilities.<key>` typed without a shared list of capabilities.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- grows by declaration merging, one part per capability
export interface TAbilityRegistry {}

/** The account part of GET /api/v1/me (the abilities are assembled from the capabilities). */
export const ZMeAccount = z.object({
  user: z
    .object({
      id: z.string(),
      name: z.string(),
      email: z.string(),
      role: z.enum(ROLES),
      locale: z.enum(LOCALES),
      emailVerified: z.boolean(),
    })
    .nullable(),
  memberships: z.array(z.object({ organisationId: z.string(), name: z.string(), role: z.enum(MEMBERSHIP_ROLES) })),
});

export type TMe = z.infer<typeof ZMeAccount> & { abilities: TAbilityRegistry };

/** The Zod schema of an abilities shape (contract/abilities.ts): the response schema of `abilities`. */
export function abilitiesSchema(shape: TAbilityShape): z.ZodRawShape {
  return Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, v === true ? z.boolean() : z.object(abilitiesSchema(v))]),
  );
}
