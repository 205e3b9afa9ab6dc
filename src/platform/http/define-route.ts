import type {
  FastifyContextConfig,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteShorthandOptions,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { forbidden, notFound, unauthenticated } from '../errors';
import type { TActor } from './actor';
import { policyName, type TRule } from './policy';

type TMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The request of a route, typed by its Zod schema. */
export type TRouteRequest<S extends FastifySchema> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  S,
  ZodTypeProvider
>;
export type TRouteReply<S extends FastifySchema> = FastifyReply<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyContextConfig,
  S,
  ZodTypeProvider
>;

/** What a handler receives: the actor already narrowed by the route's `actor` setting, and the loaded facts. */
export interface THandlerInput<S extends FastifySchema, F, A> {
  request: TRouteRequest<S>;
  reply: TRouteReply<S>;
  actor: A;
  facts: F;
}

export interface TRouteSpec<S extends FastifySchema, F, R, Opt extends boolean> {
  method: TMethod;
  url: string;
  schema: S;
  /** Reads what the policy decides on (the record, its organisation…); runs before the policy. Default: nothing. */
  load?: (request: TRouteRequest<S>) => F | Promise<F>;
  /** The policy rule (a function from a module's `definePolicy`), called with the actor and the loaded facts. */
  policy: TRule<F>;
  /**
   * `true`: the handler may run for an anonymous caller (the policy allowed one). Default: a signed-in actor is
   * required, and the handler receives it non-null.
   */
  anonymous?: Opt;
  /** A refusal answers 404 "<what> not found" instead of 401/403, for records whose existence is hidden. */
  hiddenAs?: string;
  /** Further Fastify route options (rate limits, body limit, extra config). */
  options?: Omit<RouteShorthandOptions, 'schema' | 'config'> & { config?: Omit<FastifyContextConfig, 'policy'> };
  handle: (input: THandlerInput<S, F, Opt extends true ? TActor | null : TActor>) => R | Promise<R>;
  /** Shapes the handler's result into the response body (when the handler does not send one itself). */
  present?: (result: Awaited<R>, input: { actor: TActor | null; request: TRouteRequest<S> }) => unknown;
}

/**
 * Registers a route whose policy is bound, not labelled: the helper loads the facts, calls the policy function and
 * throws 401/403 (or 404 for hidden records) before the handler runs, then hands the handler a narrowed actor. The
 * route table (and so the authorization-matrix test) reads the bound rule's name from the function itself.
 */
export function defineRoute<S extends FastifySchema, F = undefined, R = unknown, Opt extends boolean = false>(
  app: FastifyInstance,
  spec: TRouteSpec<S, F, R, Opt>,
): void {
  if (!policyName(spec.policy))
    throw new Error(`${spec.method} ${spec.url}: the policy is not a named rule (use definePolicy)`);
  app.route({
    ...spec.options,
    method: spec.method,
    url: spec.url,
    schema: spec.schema,
    config: { ...spec.options?.config, policy: spec.policy },
    handler: (async (request: FastifyRequest, reply: FastifyReply) => {
      const req = request as unknown as TRouteRequest<S>;
      const facts = (spec.load ? await spec.load(req) : undefined) as F;
      const actor = request.actor;
      if (!spec.policy(actor, facts)) {
        if (spec.hiddenAs) throw notFound(spec.hiddenAs);
        throw actor ? forbidden() : unauthenticated();
      }
      if (!actor && !spec.anonymous) throw unauthenticated();
      const result = await spec.handle({
        request: req,
        reply: reply as unknown as TRouteReply<S>,
        actor: actor as Opt extends true ? TActor | null : TActor,
        facts,
      });
      return spec.present ? spec.present(result as Awaited<R>, { actor, request: req }) : result;
    }) as never,
  });
}
