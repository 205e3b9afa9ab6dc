/**
 * `npm run bench:start`: how fast the compiled server answers its first request and how much memory it holds —
 * on a fresh and an existing embedded data dir, and on PostgreSQL (a fresh database, dropped after) — and the
 * home page's initial JavaScript (gzip). Figures, not assertions: the targets are in docs/OPERATIONS.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, ROOT } from '../test/support/scale-process';
import { buildIsStale } from '../scripts/build-state.mjs';

const BASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

async function startOnce(env: Record<string, string>): Promise<{ ms: number; rss: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/app/main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 1000));
    return { ms, rss: rssMiB(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function initialJsGzip(): number {
  const html = readFileSync(path.join(ROOT, 'dist/client/index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(ROOT, 'dist/client', f))).length, 0);
}

async function main() {
  if (buildIsStale()) {
    console.log('Building first (npm run build)…');
    await new Promise((resolve, reject) =>
      spawn(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).once('exit', (c) =>
        c === 0 ? resolve(null) : reject(new Error('build failed')),
      ),
    );
  }
  const rows: string[][] = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'edihub-bench-start-'));
  try {
    const env = { EDIHUB_DATA_DIR: dataDir, EDIHUB_DEMO_DATA: 'true' };
    const fresh = await startOnce(env);
    rows.push(['embedded, fresh data dir (migrate + demo data)', fresh.ms.toFixed(0), String(fresh.rss)]);
    for (let i = 1; i <= 3; i++) {
      const again = await startOnce(env);
      rows.push([`embedded, existing data dir (run ${i})`, again.ms.toFixed(0), String(again.rss)]);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  const name = `edihub_bench_start_${process.pid}`;
  const adminClient = new pg.Client({ connectionString: BASE_URL });
  try {
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE ${name}`);
    const url = new URL(BASE_URL);
    url.pathname = `/${name}`;
    const env = {
      DATABASE_URL: url.toString(),
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-01',
      EDIHUB_DEMO_DATA: 'true',
      EDIHUB_DATA_DIR: path.join(os.tmpdir(), name),
    };
    const first = await startOnce(env);
    rows.push(['PostgreSQL, empty database (migrate + demo data)', first.ms.toFixed(0), String(first.rss)]);
    for (let i = 1; i <= 3; i++) {
      const again = await startOnce(env);
      rows.push([`PostgreSQL, migrated database (run ${i})`, again.ms.toFixed(0), String(again.rss)]);
    }
  } catch (err) {
    rows.push([`PostgreSQL: not measured (${(err as Error).message})`, '—', '—']);
  } finally {
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await adminClient.end().catch(() => undefined);
  }

  console.log('\n| start | first healthy response (ms) | RSS after 1 s (MiB) |\n| --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\nHome page initial JavaScript: ${(initialJsGzip() / 1024).toFixed(1)} kB gzip`);
}

await main();
