/**
 * The web bundle's translations: the core texts plus every capability's, collected by the bundler (no list to keep).
 * Only each capability's `web` namespace is imported — as a named JSON export, so the mail and report texts the server
 * needs stay out of the browser's bundle; a capability whose pages read another namespace hands it over in its
 * web manifest (`texts`, web/app/modules.ts).
 */
import type { TLocale } from '../../src/contract/common';
import { mergeResources, type TLocalePart, type TResources, type TTextTree } from '../../src/contract/locales/index';
import { WEB_MODULES } from './modules';
import bgWeb from '../../src/contract/locales/bg/web.json';
import enWeb from '../../src/contract/locales/en/web.json';

const web = import.meta.glob<TTextTree>('../../src/contract/*/locales/*.json', { eager: true, import: 'web' });

export type TModuleTexts = Record<TLocale, TLocalePart>;

function collect(): TResources {
  const parts: { owner: string; lng: TLocale; part: TLocalePart }[] = [];
  for (const [file, tree] of Object.entries(web)) {
    const [, owner, lng] = /contract\/([^/]+)\/locales\/([a-z]+)\.json$/.exec(file) ?? [];
    parts.push({ owner: owner!, lng: lng as TLocale, part: { web: tree } });
  }
  for (const m of WEB_MODULES) {
    for (const [lng, part] of Object.entries(m.texts ?? {})) parts.push({ owner: m.name, lng: lng as TLocale, part });
  }
  parts.sort((a, b) => a.owner.localeCompare(b.owner));
  const core: TResources = { bg: { web: bgWeb as TTextTree }, en: { web: enWeb as TTextTree } };
  return mergeResources(parts, core);
}

export const RESOURCES: TResources = collect();
