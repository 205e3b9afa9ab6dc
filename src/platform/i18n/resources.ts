import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_DIR } from '../paths';
import { LOCALES } from '../../contract/common';
import { mergeResources, type TLocalePart, type TResources } from '../../contract/locales/index';

/** Every capability's translations, found by directory (contract/<capability>/locales/<lng>.json). */
function loadResources(): TResources {
  const parts = [];
  for (const owner of readdirSync(CONTRACT_DIR).sort()) {
    for (const lng of LOCALES) {
      const file = path.join(CONTRACT_DIR, owner, 'locales', `${lng}.json`);
      if (existsSync(file)) parts.push({ owner, lng, part: JSON.parse(readFileSync(file, 'utf8')) as TLocalePart });
    }
  }
  return mergeResources(parts);
}

export const RESOURCES: TResources = loadResources();
