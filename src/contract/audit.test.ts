/** Every action the audit log records reads as a sentence in every language, and every record type has a name. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditActionKey, auditChanges, auditEntityKey } from './audit';
import { RESOURCES } from '../platform/i18n/resources';
import { LOCALES } from './common';

const lookup = (tree: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

describe('audit actions', () => {
  for (const lng of LOCALES) {
    it(`every action has a sentence and every record type a name in ${lng}`, () => {
      const web = RESOURCES[lng].web;
      const missing = [
        ...AUDIT_ACTIONS.filter(
          (a) => typeof lookup(web, auditActionKey(a)) !== 'string' || !lookup(web, auditActionKey(a)),
        ),
        ...AUDIT_ENTITY_TYPES.filter((e) => !lookup(web, auditEntityKey(e))),
      ];
      expect(missing).toEqual([]);
    });
  }

  it('lists every action literal the server records (writeAudit is typed to the list as well)', () => {
    const known = new Set<string>(AUDIT_ACTIONS);
    const found = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('writeAudit(')) continue;
      for (const m of text.matchAll(/\baction: '([a-z_.-]+\.[a-z_.-]+)'/g)) found.add(m[1]!);
      for (const m of text.matchAll(/const \w+_ACTION = '([a-z_.-]+)'/g)) found.add(m[1]!);
    }
    expect(found.size).toBeGreaterThan(40);
    expect([...found].filter((a) => !known.has(a))).toEqual([]);
  });

  it('translation keys never nest on an action name', () => {
    expect(auditActionKey('request.delivery.record')).toBe('auditActions.request_delivery_record');
    expect(auditActionKey('registration.accept-offer')).toBe('auditActions.registration_accept_offer');
  });
});

describe('auditChanges', () => {
  it('lists the fields whose value differs, creations and deletions one-sided', () => {
    expect(auditChanges({ role: 'member', name: 'A' }, { role: 'staff', name: 'A' })).toEqual([
      { field: 'role', before: 'member', after: 'staff' },
    ]);
    expect(auditChanges(null, { city: 'Габрово' })).toEqual([{ field: 'city', before: null, after: 'Габрово' }]);
    expect(auditChanges({ tags: [1, 2] }, null)).toEqual([{ field: 'tags', before: [1, 2], after: null }]);
    expect(auditChanges({ a: { x: 1 } }, { a: { x: 1 } })).toEqual([]);
  });
});
