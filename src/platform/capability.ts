import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAbilityShape } from '../contract/abilities';
import type { TActor } from './http/actor';
import type { TJobDefinition } from './jobs/queue';
import type { TModuleOptions } from './http/context';

/** What a recurring job receives when the process starts it. */
/**
 * One capability's manifest: everything the shared wiring needs to know about it. `src/capabilities.ts` lists the
 * manifests; app.ts, the error handler, /api/v1/me, the audit vocabulary and main.ts read them from there, so adding a
 * capability changes no shared file beyond that list.
 */
export interface TCapability {
  /** The capability's folder name under modules/, contract/ and web/modules/. */
  name: string;
  /** Fastify plugins holding its routes (each built with defineRoute). */
  routes: readonly FastifyPluginAsyncZod<TModuleOptions>[];
  /** The HTTP status of each error code it throws (from contract/<capability>/errors.ts). */
  errorStatus?: Readonly<Record<string, number>>;
  /** The mail kinds it writes to the outbox (texts: `mail.<kind>.*` in its locale files). */
  mailKinds?: readonly string[];
  /** The audit actions it records (texts: `auditActions.<action>` in its locale files). */
  auditActions?: readonly string[];
  /** The record types its audit entries name (texts: `auditEntities.<type>`). */
  auditEntities?: readonly string[];
  /** Its part of `abilities` in GET /api/v1/me: the schema of each top-level key and how to compute them. */
  abilities?: { shape: TAbilityShape; of: (actor: TActor | null) => Record<string, unknown> };
  /** Background jobs the process runs while it serves. */
  jobs?: readonly TJobDefinition[];
}

/** Checks that no two capabilities claim the same name, error code, mail kind or ability key. */
export function assertDistinct(capabilities: readonly TCapability[]): void {
  const seen = new Map<string, string>();
  const claim = (kind: string, key: string, owner: string) => {
    const id = `${kind}:${key}`;
    const before = seen.get(id);
    if (before && before !== owner) throw new Error(`${kind} "${key}" is claimed by both ${before} and ${owner}`);
    seen.set(id, owner);
  };
  capabilities.forEach((c, index) => claim('capability', c.name, `${c.name} (#${index + 1})`));
  for (const c of capabilities) {
    for (const code of Object.keys(c.errorStatus ?? {})) claim('error code', code, c.name);
    for (const kind of c.mailKinds ?? []) claim('mail kind', kind, c.name);
    for (const key of Object.keys(c.abilities?.shape ?? {})) claim('ability', key, c.name);
    for (const action of c.auditActions ?? []) claim('audit action', action, c.name);
  }
}
