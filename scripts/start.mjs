// `npm start`: reuse the compiled build when it is current (rebuild only when a source is newer), then run
// the compiled server in this process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIsStale, ROOT } from './build-state.mjs';

if (buildIsStale()) {
  console.log('Sources changed since the last build: building…');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await import(pathToFileURL(path.join(ROOT, 'dist/app/main.js')).href);
