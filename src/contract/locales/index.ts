import bgMail from './bg/mail.json';
import enMail from './en/mail.json';
import bgWeb from './bg/web.json';
import enWeb from './en/web.json';
import bgReports from './bg/reports.json';
import enReports from './en/reports.json';
import type { TLocale } from '../common';

/**
 * Translations. The platform's own texts are here; each capability keeps its texts beside its contract, in
 * `contract/<capability>/locales/{bg,en}.json` as `{ "<namespace>": { … } }`. They are found by directory (the server:
 * platform/i18n/resources.ts; the web build: web/app/locales.ts), so no shared file lists the capabilities. Keys keep
 * their namespaces (`web`, `mail`, `dma`, `aid`, `reports`): a capability owns top-level keys, never shares them, and
 * a test fails when two files define the same key or a key exists in one language only.
 */
export const NAMESPACES = ['web', 'mail', 'dma', 'reports', 'aid'] as const;
export type TNamespace = (typeof NAMESPACES)[number];

export type TTextTree = { [key: string]: string | TTextTree };
export type TResources = Record<TLocale, Record<string, TTextTree>>;
/** One capability's texts in one language: namespace → top-level keys. */
export type TLocalePart = Record<string, TTextTree>;

export const CORE_RESOURCES: TResources = {
  bg: { mail: bgMail, web: bgWeb as TTextTree, reports: bgReports },
  en: { mail: enMail, web: enWeb as TTextTree, reports: enReports },
};

/** Deep-merges capability parts into the core texts; two owners of one key is a defect, reported with both names. */
export function mergeResources(
  parts: readonly { owner: string; lng: TLocale; part: TLocalePart }[],
  core: TResources = CORE_RESOURCES,
): TResources {
  const out: TResources = structuredClone(core);
  const owners = new Map<string, string>();
  const into = (target: TTextTree, source: TTextTree, path: string, owner: string) => {
    for (const [key, value] of Object.entries(source)) {
      const at = `${path}.${key}`;
      const existing = target[key];
      if (typeof value === 'object' && (existing === undefined || typeof existing === 'object')) {
        target[key] = existing ?? {};
        into(target[key] as TTextTree, value, at, owner);
        continue;
      }
      if (existing !== undefined)
        throw new Error(`Translation ${at} is defined by ${owners.get(at) ?? 'core'} and ${owner}`);
      target[key] = value;
      owners.set(at, owner);
    }
  };
  for (const { owner, lng, part } of parts) {
    for (const [ns, tree] of Object.entries(part)) into((out[lng][ns] ??= {}), tree, `${lng}:${ns}`, owner);
  }
  return out;
}
