/** Builds the web app when dist/ is missing or older than any source it is built from. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..');
export const CLIENT_DIR = path.join(ROOT, 'dist/client');
export const SERVER_ENTRY = path.join(ROOT, 'dist/server/entry-server.js');

/** Newest modification time under a path (file or directory, recursively). */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

/** The inputs of `npm run build`: the web app, the shared code it imports, the template and config. */
const INPUTS = ['web', 'src/shared', 'index.html', 'vite.config.ts', 'package.json'];

export function buildIsStale(): boolean {
  const outputs = [path.join(CLIENT_DIR, 'index.html'), SERVER_ENTRY];
  if (!outputs.every((o) => existsSync(o))) return true;
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  return INPUTS.some((i) => newest(path.join(ROOT, i)) > built);
}

export function ensureBuild(): void {
  if (!buildIsStale()) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
