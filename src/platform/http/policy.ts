import type { TActor } from './actor';

/** Where a policy rule is bound: its module and name, shown in the route table and the authorization matrix. */
export const POLICY_NAME = Symbol('policyName');
/** Marks a rule an account may pass on a write before its e-mail address is verified. */
export const UNVERIFIED_MAY_WRITE = Symbol('unverifiedMayWrite');

/** A policy rule: may this actor do this, given the facts the route loaded? */
export type TRule<F = void> = ((actor: TActor | null, facts: F) => boolean) & {
  readonly [POLICY_NAME]?: string;
  readonly [UNVERIFIED_MAY_WRITE]?: true;
};

/** A rule as bound to a route (its facts type erased). */
export type TBoundRule = TRule<never>;

/**
 * Names every rule of a module's policy (`services.create`, …) so that a route binds a function, not a label, and
 * the route table still shows which rule guards it.
 */
export function definePolicy<P extends Record<string, (actor: TActor | null, facts: never) => boolean>>(
  module: string,
  rules: P,
): P {
  for (const [name, rule] of Object.entries(rules)) {
    Object.defineProperty(rule, POLICY_NAME, { value: `${module}.${name}` });
  }
  return rules;
}

/** Lets an unverified account pass this rule on an unsafe method (its own account, stateless computations). */
export function unverifiedMayWrite<R extends (actor: TActor | null, facts: never) => boolean>(rule: R): R {
  Object.defineProperty(rule, UNVERIFIED_MAY_WRITE, { value: true });
  return rule;
}

export function policyName(rule: unknown): string | undefined {
  return typeof rule === 'function' ? (rule as TBoundRule)[POLICY_NAME] : undefined;
}

export function unverifiedMay(rule: unknown): boolean {
  return typeof rule === 'function' && (rule as TBoundRule)[UNVERIFIED_MAY_WRITE] === true;
}

/** The platform's rules for routes that are open to everyone (health, OpenAPI, assets, pages, the auth bridge). */
export const platformPolicy = definePolicy('platform', {
  public: unverifiedMayWrite((_a: TActor | null) => true),
  /** /metrics: from an allowed address or with the metrics token (platform/http/metrics.ts). */
  metrics: (_a: TActor | null, facts: { allowed: boolean }) => facts.allowed,
});
