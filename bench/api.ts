/**
 * bench:api — loads 100 000 organisations into a fresh PostgreSQL database, then measures the
 * organisation list/search endpoint (HTTP, 50 concurrent clients, autocannon) against the same SQL
 * run directly through the driver at the same concurrency. Prints throughput, ratio, p50/p99.
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) names the server; the
 * database it creates is dropped at the end. BENCH_SECONDS (default 10) sets each run's length.
 */
import autocannon from 'autocannon';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { migrateDatabase, openDatabase } from '../src/platform/db/client';
import { user } from '../src/platform/db/schema';
import { OBLASTS } from '../src/domain/regions';
import { eq } from 'drizzle-orm';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const CONNECTIONS = 50;
const SEARCH = 'Техно';

const WORDS = [
  'Техно',
  'Агро',
  'Кибер',
  'Дигитал',
  'Загоре',
  'Тракия',
  'Инфо',
  'Софт',
  'Строй',
  'Мед',
  'Енерго',
  'Логистик',
];
const SUFFIX = ['ООД', 'ЕООД', 'АД', 'ЕАД'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const dbName = `edihub_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  const url = new URL(SERVER);
  url.pathname = `/${dbName}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 20 });
  try {
    await migrateDatabase(database);
    console.log(`Loading ${ROWS} organisations into ${dbName}…`);
    const t0 = Date.now();
    await database.db.execute(sql`
      insert into organisations (legal_name_bg, legal_name_en, type, country, eik, city, oblast, nuts2, nuts_version, sector)
      select
        (array[${sql.raw(WORDS.map((w) => `'${w}'`).join(','))}])[1 + (g % ${WORDS.length})] || ' ' ||
          (array[${sql.raw(WORDS.map((w) => `'${w}'`).join(','))}])[1 + ((g / 7) % ${WORDS.length})] || ' ' || g || ' ' ||
          (array[${sql.raw(SUFFIX.map((w) => `'${w}'`).join(','))}])[1 + (g % 4)],
        'Company ' || g, 'sme', 'BG', 'B' || lpad(g::text, 8, '0'), 'Град',
        (array[${sql.raw(OBLASTS.map((o) => `'${o.code}'`).join(','))}])[1 + (g % ${OBLASTS.length})],
        null, '2024', 'ict'
      from generate_series(1, ${ROWS}) g`);
    await database.db.execute(sql`update organisations set nuts2 = substr(oblast, 1, 4)`);
    await database.db.execute(sql`analyze organisations`);
    console.log(`Loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const config = loadConfig({
      PUBLIC_URL: 'http://127.0.0.1:3999',
      PORT: '3999',
      EDIHUB_DATA_DIR: '.tmp/bench',
    } as NodeJS.ProcessEnv);
    const app = await buildApp({ database, config, secret: 'bench-secret-bench-secret-bench-secret-0' });
    await app.listen({ port: 3999, host: '127.0.0.1' });
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { origin: config.publicUrl },
      payload: { email: 'bench@example.test', password: 'bench-password-123', name: 'Bench' },
    });
    const cookie = ([] as string[])
      .concat(signUp.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    await database.db.update(user).set({ role: 'staff' }).where(eq(user.email, 'bench@example.test'));

    const path = `/api/v1/organisations?q=${encodeURIComponent(SEARCH)}&nuts2=BG34&page=2&pageSize=20`;
    const check = await app.inject({ method: 'GET', url: path, headers: { cookie } });
    console.log(`Endpoint answers ${check.statusCode}, total ${check.json().total} matches`);

    const http = await autocannon({
      url: `http://127.0.0.1:3999${path}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { cookie },
    });
    await app.close();

    // The same two statements the endpoint runs (page + count), straight through the driver.
    const pool = new pg.Pool({ connectionString: url.toString(), max: 20 });
    const like = `%${SEARCH}%`;
    const pageSql = `select id, legal_name_bg, legal_name_en, type, country, eik, city, oblast, nuts2, sector, is_partner, created_at
      from organisations where (legal_name_bg ilike $1 or legal_name_en ilike $1 or legal_name_bg % $2 or legal_name_en % $2) and nuts2 = $3
      order by legal_name_bg, id limit 20 offset 20`;
    const countSql = `select count(*) from organisations where (legal_name_bg ilike $1 or legal_name_en ilike $1 or legal_name_bg % $2 or legal_name_en % $2) and nuts2 = $3`;
    const latencies: number[] = [];
    let done = 0;
    const end = Date.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < end) {
          const s = performance.now();
          await Promise.all([
            pool.query(pageSql, [like, SEARCH, 'BG34']),
            pool.query(countSql, [like, SEARCH, 'BG34']),
          ]);
          latencies.push(performance.now() - s);
          done++;
        }
      }),
    );
    await pool.end();
    latencies.sort((a, b) => a - b);
    const directRps = done / SECONDS;

    console.log('\nOrganisation search, 50 concurrent clients, %d s each', SECONDS);
    console.log(
      `  HTTP endpoint : ${http.requests.average.toFixed(0)} req/s  p50 ${http.latency.p50} ms  p99 ${http.latency.p99} ms  (errors ${http.errors}, non-2xx ${http.non2xx})`,
    );
    console.log(
      `  direct SQL    : ${directRps.toFixed(0)} req/s  p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms`,
    );
    console.log(`  ratio HTTP/SQL: ${(http.requests.average / directRps).toFixed(2)}`);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  }
}

void main();
