import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openDatabase } from '../../src/platform/db/client';
import { APP_ROOT, WEB_CLIENT_DIR, WEB_SERVER_ENTRY } from '../../src/platform/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a migrated data-dir dump. PostgreSQL: name of a migrated template database. */
    dbTemplate: string;
    dbKind: 'pglite' | 'postgres';
    runId: string;
  }
}

/** Migrates one template per run; every test file clones it (PGlite dump, or CREATE DATABASE ... TEMPLATE). */
export default async function setup(project: TestProject) {
  ensureWebBuild();
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = `edihub_tpl_${runId}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    const db = await openDatabase({ url: withDatabase(url, template), poolSize: 2 });
    await migrateDatabase(db);
    await db.close();
    project.provide('dbTemplate', template);
    project.provide('dbKind', 'postgres');
    project.provide('runId', runId);
    return async () => {
      // Drop only what this run created: the template and the per-file clones.
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
        `edihub_t%_${runId}%`,
      ]);
      for (const r of rows) await admin.query(`drop database if exists ${r.datname} with (force)`);
      await admin.end();
    };
  }
  const db = await openDatabase({});
  await migrateDatabase(db);
  const dump = await db.pglite!.dumpDataDir('none');
  await db.close();
  const dir = path.resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${runId}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('dbTemplate', file);
  project.provide('dbKind', 'pglite');
  project.provide('runId', runId);
  return async () => {
    const { rmSync } = await import('node:fs');
    rmSync(file, { force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The suites that start the real server as a process (`tsx src/main.ts`) need the web build it serves. Built here,
 * once, when it is missing (a fresh checkout); a stale one is good enough for API tests.
 */
function ensureWebBuild(): void {
  if (existsSync(path.join(WEB_CLIENT_DIR, 'index.html')) && existsSync(WEB_SERVER_ENTRY)) return;
  execFileSync(process.execPath, [path.join(APP_ROOT, 'scripts/build.mjs')], {
    cwd: APP_ROOT,
    stdio: 'inherit',
    env: { ...process.env, BUILD_QUIET: '1' },
  });
}
