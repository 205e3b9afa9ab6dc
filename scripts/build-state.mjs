// Whether the compiled build (web client, SSR entry, server bundle) is older than its sources. Shared by
// `npm start` (rebuild only when needed) and the browser journeys' set-up. Plain JavaScript: it runs
// under bare `node` before anything is compiled.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STAMP = path.join(ROOT, 'dist/.build-stamp');
export const OUTPUTS = ['dist/client/index.html', 'dist/server/entry-server.js', 'dist/app/main.js'].map((p) =>
  path.join(ROOT, p),
);
const INPUTS = ['src', 'web', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'scripts/build.mjs'];

/** Newest modification time of a file or of the non-test files under a directory. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : s.mtimeMs;
  let max = 0;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

export function buildIsStale() {
  if (!existsSync(STAMP) || !OUTPUTS.every((o) => existsSync(o))) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((i) => newest(path.join(ROOT, i)) > built);
}
