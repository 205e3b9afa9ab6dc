import type { TAbilityRegistry } from './me';

/**
 * A capability's part of `abilities` in GET /api/v1/me, declared as plain data: each key is a flag (`true` marks a
 * boolean) or a group of flags. Plain data rather than a Zod shape so the web shell can derive the anonymous
 * abilities without bundling Zod; the server builds the response schema from it (contract/me.ts).
 */
export type TAbilityShape = { readonly [key: string]: true | TAbilityShape };
export type TAbilitiesOf<S extends TAbilityShape> = {
  [K in keyof S]: S[K] extends TAbilityShape ? TAbilitiesOf<S[K]> : boolean;
};

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
  const blank = (s: true | TAbilityShape): unknown =>
    s === true ? false : Object.fromEntries(Object.entries(s).map(([k, v]) => [k, blank(v)]));
  return Object.fromEntries(
    shapes.flatMap((s) => Object.entries(s)).map(([k, v]) => [k, blank(v)]),
  ) as unknown as TAbilityRegistry;
}
