/**
 * The house rule of docs/ARCHITECTURE.md, checked: shared code names no capability. A file outside the capability
 * folders (src/modules/<c>, src/contract/<c>, web/modules/<c>) may not import from one, except the two lists of
 * capabilities and the one relational schema with its demo seed. (Import fences between layers are ESLint rules.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CAPABILITIES = readdirSync(path.join(ROOT, 'src/modules')).filter((d) =>
  statSync(path.join(ROOT, 'src/modules', d)).isDirectory(),
);

/** The files allowed to name capabilities, each for a reason given in docs/ARCHITECTURE.md. */
const ALLOWED = [/^src\/capabilities\.ts$/, /^web\/app\/modules\.ts$/, /^src\/platform\/db\/(schema|seed)\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

const capabilityOf = (file: string): string | null => {
  const m = /^(?:src\/(?:modules|contract)|web\/modules)\/([^/]+)\//.exec(file);
  return m && CAPABILITIES.includes(m[1]!) ? m[1]! : null;
};

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)),
  );
}

describe('shared code names no capability', () => {
  it('finds the capabilities and the shared files to check', () => {
    expect(CAPABILITIES.length).toBeGreaterThanOrEqual(9);
    expect(sourceFiles('src/platform').length).toBeGreaterThan(30);
  });

  it('no file outside the capability folders imports one (except the two lists, the schema and the seed)', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles('src'), ...sourceFiles('web')]) {
      if (capabilityOf(file) || ALLOWED.some((re) => re.test(file))) continue;
      for (const target of importsOf(file)) {
        // The pure rules (src/domain, named by subject: dma, state-aid, calendar…) speak the contract's vocabulary.
        if (file.startsWith('src/domain/') && target.startsWith('src/contract/')) continue;
        const owner = capabilityOf(`${target}/`);
        if (owner) offenders.push(`${file} → ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
