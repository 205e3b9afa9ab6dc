/** The browser journeys run on the compiled build; it is rebuilt when a source is newer (as `npm start` does). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { buildIsStale, ROOT } from '../../scripts/build-state.mjs';

export { ROOT };
export const CLIENT_DIR = path.join(ROOT, 'dist/client');
export const SERVER_ENTRY = path.join(ROOT, 'dist/server/entry-server.js');

export function ensureBuild(): void {
  if (!buildIsStale()) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
