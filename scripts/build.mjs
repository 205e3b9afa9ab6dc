// `npm run build`: the web client and its SSR entry with Vite, the server with esbuild into one ESM file
// (dependencies stay in node_modules), so production runs plain `node dist/app/main.js` — no TypeScript
// compiler at run time.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { ROOT, STAMP } from './build-state.mjs';

const started = Date.now();
const configFile = path.join(ROOT, 'vite.config.ts');
const logLevel = process.env.BUILD_QUIET ? 'warn' : 'info';
await viteBuild({ root: ROOT, configFile, logLevel, build: { outDir: 'dist/client' } });
await viteBuild({ root: ROOT, configFile, logLevel, build: { outDir: 'dist/server', ssr: 'web/entry-server.tsx' } });
await esbuild({
  absWorkingDir: ROOT,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/app/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
mkdirSync(path.dirname(STAMP), { recursive: true });
writeFileSync(STAMP, new Date().toISOString() + '\n');
console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
