import { z } from 'zod';
import { LOCALES, MEMBERSHIP_ROLES, ROLES } from './common';

/**
 * The `abilities` of GET /api/v1/me: what the web app may show this person. Each capability declares its part in
 * `contract/<capability>/abilities.ts` (a Zod shape, which its manifest serves) and merges it into this interface,
 * so the web app reads `me.abilities.<key>` typed without a shared list of capabilities.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- grows by declaration merging, one part per capability
export interface TAbilityRegistry {}

/** A capability's part of `abilities`: each top-level key with the schema of its value. */
export type TAbilityShape = Record<string, z.ZodType>;
export type TAbilitiesOf<S extends TAbilityShape> = { [K in keyof S]: z.infer<S[K]> };

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

/** Every boolean of an abilities value set to false: what a caller nobody knows may do. */
export function withoutAbilities<T>(value: T): T {
  if (typeof value === 'boolean') return false as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAbilities(v)])) as T;
  }
  return value;
}

/** The anonymous abilities of the given shapes (every flag false), for a web app that could not reach /me. */
export function anonymousAbilities(shapes: readonly TAbilityShape[]): TAbilityRegistry {
  const blank = (schema: z.ZodType): unknown => {
    if (schema instanceof z.ZodObject) {
      return Object.fromEntries(
        Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, s]) => [k, blank(s)]),
      );
    }
    return false;
  };
  return Object.fromEntries(
    shapes.flatMap((s) => Object.entries(s)).map(([k, s]) => [k, blank(s)]),
  ) as unknown as TAbilityRegistry;
}
