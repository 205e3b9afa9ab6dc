/**
 * The benchmark harness behind `npm run bench` and `npm run bench:api`: a fresh PostgreSQL database with bulk data,
 * the app in a process of its own, and for each hot endpoint its HTTP throughput and latency at 50 concurrent clients
 * (autocannon) beside the same SQL the endpoint issues, replayed raw through `pg` at the same concurrency.
 *
 * The SQL is captured, not rewritten by hand: an in-process copy of the app answers each endpoint once while the
 * pool's `query` is wrapped, and the statements (text, parameters, row mode and type parsers exactly as the app sent
 * them) are replayed in the same order, with the ones the app ran in parallel run in parallel.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { migrateDatabase, openDatabase } from '../src/platform/db/client';
import { user } from '../src/platform/db/schema';
import { benchTargets, scaledVolumes, seedBenchData } from './seed';

export interface TEndpoint {
  /** Short key for BENCH_ONLY. */
  key: string;
  label: string;
  path: (t: { organisationId: string; serviceSlug: string }) => string;
  signedIn: boolean;
  /** A server-rendered page: needs the web build. */
  html?: boolean;
}

export const ENDPOINTS: readonly TEndpoint[] = [
  { key: 'health', label: '`/api/health`', path: () => '/api/health', signedIn: false },
  {
    key: 'search',
    label: 'organisation search (`q=Техно`, NUTS2, page 2)',
    path: () => `/api/v1/organisations?q=${encodeURIComponent('Техно')}&nuts2=BG34&page=2&pageSize=20`,
    signedIn: true,
  },
  {
    key: 'organisation',
    label: 'organisation page (signed in)',
    path: (t) => `/api/v1/organisations/${t.organisationId}`,
    signedIn: true,
  },
  {
    key: 'services',
    label: 'service catalogue search `q=киберсигурност`',
    path: () => `/api/v1/services?q=${encodeURIComponent('киберсигурност')}`,
    signedIn: false,
  },
  { key: 'events', label: 'events list', path: () => '/api/v1/events', signedIn: false },
  { key: 'board', label: 'staff request board', path: () => '/api/v1/requests/board', signedIn: true },
  {
    key: 'journey',
    label: "an organisation's journey",
    path: (t) => `/api/v1/organisations/${t.organisationId}/journey`,
    signedIn: true,
  },
  { key: 'ledger', label: 'aid ledger', path: () => '/api/v1/aid/ledger', signedIn: true },
  { key: 'home', label: 'home page (server-rendered HTML)', path: () => '/', signedIn: false, html: true },
  {
    key: 'service-page',
    label: 'service page (server-rendered HTML)',
    path: (t) => `/services/${t.serviceSlug}`,
    signedIn: false,
    html: true,
  },
];

export interface TBenchOptions {
  server: string;
  seconds: number;
  scale: number;
  connections: number;
  only?: readonly string[];
}

export function optionsFromEnv(defaults: Partial<TBenchOptions> = {}): TBenchOptions {
  const env = process.env;
  const only = env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((s) => s.trim()) : defaults.only;
  return {
    server: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    seconds: Number(env.BENCH_SECONDS ?? defaults.seconds ?? 5),
    scale: Number(env.BENCH_SCALE ?? defaults.scale ?? 1),
    connections: Number(env.BENCH_CONNECTIONS ?? defaults.connections ?? 50),
    only,
  };
}

interface TCaptured {
  config: unknown;
  values: unknown;
  start: number;
  end: number;
}
type TBatch = { config: unknown; values: unknown }[];

interface TRow {
  endpoint: TEndpoint;
  app?: { rps: number; p50: number; p99: number; errors: number; non2xx: number };
  raw?: { rps: number; p50: number; p99: number; statements: number };
  note?: string;
}

const SECRET = 'bench-secret-bench-secret-bench-secret-0';
const PUBLIC_URL = 'http://127.0.0.1';
const PASSWORD = 'bench-password-123';
const POOL_SIZE = 10;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Statements that started before every earlier one of their group had finished ran in parallel. */
function toBatches(captured: TCaptured[]): TBatch[] {
  const batches: TBatch[] = [];
  let current: TBatch = [];
  let currentEnd = -Infinity;
  for (const q of [...captured].sort((a, b) => a.start - b.start)) {
    if (current.length && q.start >= currentEnd) {
      batches.push(current);
      current = [];
      currentEnd = -Infinity;
    }
    current.push({ config: q.config, values: q.values });
    currentEnd = Math.max(currentEnd, q.end);
  }
  if (current.length) batches.push(current);
  return batches;
}

function ensureWebBuild(log: (s: string) => void): boolean {
  if (existsSync(path.resolve('dist/server/entry-server.js')) && existsSync(path.resolve('dist/client/index.html'))) {
    return true;
  }
  log('The web app is not built: running `npm run build` for the server-rendered pages…');
  const res = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  return res.status === 0;
}

async function startServer(url: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server.ts'], {
    env: {
      ...process.env,
      BENCH_APP_DATABASE_URL: url,
      BENCH_APP_SECRET: SECRET,
      BENCH_APP_PUBLIC_URL: PUBLIC_URL,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = /^listening (\d+)/.exec(line);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the app process ended (${code}) before listening`)));
  });
  return { child, port };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function replay(url: string, batches: TBatch[], seconds: number, connections: number) {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  const run = async () => {
    for (const batch of batches) {
      await Promise.all(batch.map((q) => pool.query(q.config as pg.QueryConfig, q.values as unknown[])));
    }
  };
  // Warm-up: plans cached in the server's shared buffers, connections open.
  for (let i = 0; i < 20; i++) await run();
  const latencies: number[] = [];
  const started = performance.now();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const s = performance.now();
        await run();
        latencies.push(performance.now() - s);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statements: batches.flat().length,
  };
}

/** BENCH_VERBOSE: each endpoint's statements with their mean time alone (20 sequential runs). */
async function describeStatements(url: string, captured: Map<string, TBatch[]>, log: (s: string) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const [key, batches] of captured) {
    log(`\n${key}:`);
    for (const [b, batch] of batches.entries()) {
      for (const q of batch) {
        const config = q.config as pg.QueryConfig;
        const started = performance.now();
        for (let i = 0; i < 20; i++) await client.query(config, q.values as unknown[]);
        const ms = (performance.now() - started) / 20;
        log(`  [${b}] ${ms.toFixed(2)} ms  ${config.text.replace(/\s+/g, ' ').slice(0, 150)}`);
      }
    }
  }
  await client.end();
}

async function hammer(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  await autocannon({ url, connections: 10, duration: 1, headers });
  const r = await autocannon({ url, connections, duration: seconds, headers });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '—'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/,/g, ' ');

export function markdownTable(rows: TRow[]): string {
  const lines = [
    '| endpoint | app req/s | app p50 | app p99 | raw req/s | app/raw |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    if (!r.app) {
      lines.push(`| ${r.endpoint.label} | — | — | — | — | ${r.note ?? ''} |`);
      continue;
    }
    const ratio = r.raw ? fmt(r.app.rps / r.raw.rps, 2) : '—';
    lines.push(
      `| ${r.endpoint.label} | ${fmt(r.app.rps)} | ${fmt(r.app.p50)} ms | ${fmt(r.app.p99)} ms | ${fmt(r.raw?.rps)} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}

/** Runs the whole benchmark; the database it creates is dropped at the end, also on failure or Ctrl-C. */
export async function runBench(opts: TBenchOptions): Promise<TRow[]> {
  const log = (s: string) => console.log(s);
  const endpoints = ENDPOINTS.filter((e) => !opts.only || opts.only.includes(e.key));
  if (!endpoints.length) throw new Error(`BENCH_ONLY names no endpoint (${ENDPOINTS.map((e) => e.key).join(', ')})`);
  const withHtml = endpoints.some((e) => e.html) && ensureWebBuild(log);

  const dbName = `edihub_bench_${Date.now().toString(36)}`;
  const url = withDatabase(opts.server, dbName);
  const admin = new pg.Client({ connectionString: opts.server });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  let child: ChildProcess | undefined;
  const dropDatabase = async () => {
    if (child) await stopServer(child).catch(() => undefined);
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  };
  const onSignal = () => {
    void dropDatabase().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const database = await openDatabase({ url, poolSize: POOL_SIZE });
    await migrateDatabase(database);
    const volumes = scaledVolumes(opts.scale);
    log(`Loading data into ${dbName} (scale ${opts.scale}):`);
    const t0 = performance.now();
    const client = await database.pool!.connect();
    let targets: { organisationId: string; serviceSlug: string };
    try {
      await seedBenchData(client, volumes, log);
      targets = await benchTargets(client);
    } finally {
      client.release();
    }
    log(`Loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // An in-process copy of the app: signs the staff user in and records each endpoint's SQL.
    const config = loadConfig({ PUBLIC_URL, EDIHUB_DATA_DIR: '.tmp/bench' } as NodeJS.ProcessEnv);
    const clientDir = path.resolve('dist/client');
    const serverEntry = path.resolve('dist/server/entry-server.js');
    const app = await buildApp({
      database,
      config,
      secret: SECRET,
      ssr: withHtml ? { clientDir, serverEntry } : undefined,
    });
    const email = 'bench-staff@example.test';
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: PUBLIC_URL },
      payload: { email, password: PASSWORD, name: 'Bench Staff' },
    });
    if (signUp.statusCode !== 200) throw new Error(`sign-up failed: ${signUp.statusCode} ${signUp.body}`);
    await database.db.update(user).set({ role: 'staff', emailVerified: true }).where(eq(user.email, email));
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: PUBLIC_URL },
      payload: { email, password: PASSWORD },
    });
    if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.statusCode} ${signIn.body}`);
    const cookie = ([] as string[])
      .concat(signIn.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');

    const pool = database.pool!;
    const query = pool.query.bind(pool) as (config: unknown, values: unknown) => Promise<unknown>;
    let capture: TCaptured[] | null = null;
    (pool as unknown as { query: typeof query }).query = (config, values) => {
      const promise = query(config, values);
      if (capture) {
        const entry: TCaptured = { config, values, start: performance.now(), end: Infinity };
        capture.push(entry);
        promise.then(
          () => (entry.end = performance.now()),
          () => (entry.end = performance.now()),
        );
      }
      return promise;
    };

    const rows: TRow[] = [];
    const captured = new Map<string, TBatch[]>();
    for (const endpoint of endpoints) {
      if (endpoint.html && !withHtml) {
        rows.push({ endpoint, note: 'web app not built' });
        continue;
      }
      const inject = () =>
        app.inject({ method: 'GET', url: endpoint.path(targets), headers: endpoint.signedIn ? { cookie } : {} });
      await inject();
      capture = [];
      const res = await inject();
      const statements = capture;
      capture = null;
      if (res.statusCode !== 200) throw new Error(`${endpoint.path(targets)} answered ${res.statusCode}: ${res.body}`);
      captured.set(endpoint.key, toBatches(statements));
      const shape = endpoint.html ? `${res.body.length} bytes of HTML` : `${res.body.length} bytes of JSON`;
      log(`  ${endpoint.key}: ${statements.length} statements, ${shape}`);
      rows.push({ endpoint });
    }
    await app.close();
    await database.close();

    if (process.env.BENCH_VERBOSE) await describeStatements(url, captured, log);

    const server = await startServer(url);
    child = server.child;
    const base = `http://127.0.0.1:${server.port}`;
    log(`\n${opts.connections} concurrent clients, ${opts.seconds} s per run; app on ${base}`);
    for (const row of rows) {
      if (row.note) continue;
      const { endpoint } = row;
      const headers: Record<string, string> = endpoint.signedIn ? { cookie } : {};
      row.app = await hammer(base + endpoint.path(targets), headers, opts.seconds, opts.connections);
      const batches = captured.get(endpoint.key)!;
      if (batches.length) row.raw = await replay(url, batches, opts.seconds, opts.connections);
      const a = row.app;
      log(
        `  ${endpoint.key}: app ${fmt(a.rps)} req/s p50 ${a.p50} ms p99 ${a.p99} ms` +
          (a.errors || a.non2xx ? ` (errors ${a.errors}, non-2xx ${a.non2xx})` : '') +
          (row.raw
            ? `; raw ${fmt(row.raw.rps)} req/s p50 ${fmt(row.raw.p50, 1)} ms p99 ${fmt(row.raw.p99, 1)} ms (${row.raw.statements} statements)`
            : ''),
      );
    }
    await stopServer(child);
    child = undefined;
    return rows;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await dropDatabase();
  }
}
