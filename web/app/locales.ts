/** The web bundle's translations: the core texts plus every capability's, collected by the bundler (no list to keep). */
import type { TLocale } from '../../src/contract/common';
import { mergeResources, type TLocalePart, type TResources } from '../../src/contract/locales/index';

const files = import.meta.glob<TLocalePart>('../../src/contract/*/locales/*.json', { eager: true, import: 'default' });

function collect(): TResources {
  const parts = Object.entries(files)
    .map(([file, part]) => {
      const [, owner, lng] = /contract\/([^/]+)\/locales\/([a-z]+)\.json$/.exec(file) ?? [];
      return { owner: owner!, lng: lng as TLocale, part };
    })
    .sort((a, b) => a.owner.localeCompare(b.owner));
  return mergeResources(parts);
}

export const RESOURCES: TResources = collect();
