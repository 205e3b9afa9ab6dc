/**
 * Translation completeness: every namespace has the same keys in Bulgarian and English with no empty
 * strings, every literal t('...') key in the web app exists in both, and every enum the UI
 * translates dynamically (types, roles, categories, reason and error codes) has its keys.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from './app/locales';
import { NAMESPACES } from '../src/contract/locales/index';
import {
  ENTERPRISE_STATUSES,
  LOCALES,
  MEMBERSHIP_ROLES,
  ORGANISATION_TYPES,
  ROLES,
  SME_CATEGORIES,
} from '../src/contract/common';
import { SME_REASON_CODES } from '../src/domain/sme';
import { KNOWN_ERROR_CODES, KNOWN_FIELD_CODES } from './shared/lib/errors';

type TTree = { [key: string]: string | TTree };

/** Every leaf as `a.b.c` → value. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (tree && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree as TTree)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === 'object') for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
      else out.set(key, v);
    }
  }
  return out;
}

const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

/** A key exists as itself or as its plural forms (i18next `count`). */
function hasKey(keys: Map<string, unknown>, key: string): boolean {
  if (keys.has(key)) return true;
  return PLURAL_SUFFIXES.some((s) => keys.has(key + s));
}

const webDir = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(tsx|ts)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

describe('locale resources', () => {
  for (const ns of NAMESPACES) {
    it(`namespace "${ns}" has the same keys in every language, none empty`, () => {
      const byLang = LOCALES.map((lng) => ({
        lng,
        keys: flatten((RESOURCES as Record<string, Record<string, unknown>>)[lng][ns]),
      }));
      const [first, ...rest] = byLang;
      for (const other of rest) {
        const missingInOther = [...first.keys.keys()].filter((k) => !other.keys.has(k));
        const missingInFirst = [...other.keys.keys()].filter((k) => !first.keys.has(k));
        expect(missingInOther, `keys in ${first.lng} but not in ${other.lng}`).toEqual([]);
        expect(missingInFirst, `keys in ${other.lng} but not in ${first.lng}`).toEqual([]);
      }
      for (const { lng, keys } of byLang) {
        const bad = [...keys].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
        expect(bad, `empty or non-string values in ${lng}/${ns}`).toEqual([]);
      }
    });

    it(`namespace "${ns}" uses the same interpolation variables in every language`, () => {
      const vars = (s: unknown) => [...String(s).matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
      const bg = flatten((RESOURCES.bg as Record<string, unknown>)[ns]);
      const en = flatten((RESOURCES.en as Record<string, unknown>)[ns]);
      const differing = [...bg.keys()].filter((k) => en.has(k) && vars(bg.get(k)).join() !== vars(en.get(k)).join());
      expect(differing).toEqual([]);
    });
  }
});

describe('keys used by the web app', () => {
  const web = LOCALES.map((lng) => ({ lng, keys: flatten(RESOURCES[lng].web) }));

  it("every literal t('...') key exists in bg and en", () => {
    const used = new Map<string, string>();
    for (const file of sourceFiles(webDir)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*(['"])([A-Za-z0-9_.-]+)\1/g)) used.set(m[2], path.relative(webDir, file));
    }
    expect(used.size).toBeGreaterThan(100);
    for (const { lng, keys } of web) {
      const missing = [...used].filter(([k]) => !hasKey(keys, k)).map(([k, f]) => `${k} (${f})`);
      expect(missing, `missing in ${lng}/web.json`).toEqual([]);
    }
  });

  const dynamic: [string, readonly string[]][] = [
    ['organisations.types', ORGANISATION_TYPES],
    ['roles', ROLES],
    ['members.roles', MEMBERSHIP_ROLES],
    ['sme.categories', SME_CATEGORIES],
    ['sme.statuses', ENTERPRISE_STATUSES],
    ['sme.statusHelp', ENTERPRISE_STATUSES],
    ['sme.reasons', [...SME_REASON_CODES, 'unknown']],
    ['errors.codes', KNOWN_ERROR_CODES],
    ['errors.fields', KNOWN_FIELD_CODES],
    ['languages', LOCALES],
    ['home.families', ['testBeforeInvest.text', 'skills.text', 'investment.text', 'ecosystem.text']],
    ['ownership.relations', ['partner', 'linked', 'none']],
    ['sme.problems', ['required', 'format', 'range', 'duplicate_year']],
    ['auth.problems', ['required', 'email', 'passwordShort', 'passwordLong', 'mismatch']],
  ];
  for (const [prefix, values] of dynamic) {
    it(`every value of ${prefix}.* is translated`, () => {
      for (const { lng, keys } of web) {
        const missing = values.filter((v) => !keys.has(`${prefix}.${v}`));
        expect(missing, `missing in ${lng}`).toEqual([]);
      }
    });
  }
});
