import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root: the nearest folder above this file whose package.json is EDIHub's. The server runs
 * from `src/` under tsx in development and from the bundle in `dist/app/` in production, so files read at
 * run time (migrations, locales, the web build) are found from here rather than relative to the module.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'edihub') return dir;
    if (path.dirname(dir) === dir) throw new Error(`EDIHub's package.json not found above ${from}`);
  }
}

export const APP_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const MIGRATIONS_DIR = path.join(APP_ROOT, 'src/platform/db/migrations');
export const CONTRACT_DIR = path.join(APP_ROOT, 'src/contract');
export const WEB_CLIENT_DIR = path.join(APP_ROOT, 'dist/client');
export const WEB_SERVER_ENTRY = path.join(APP_ROOT, 'dist/server/entry-server.js');
