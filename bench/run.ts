/**
 * npm run bench — every hot endpoint on bulk data (100 000 organisations, 20 000 requests, 1 000 services, 5 000
 * events with 200 000 registrations, 100 000 bookings) in a fresh PostgreSQL database, dropped afterwards: app
 * throughput and p50/p99 at 50 concurrent clients beside the same SQL replayed raw through `pg`, as a markdown table.
 *
 * BENCH_DATABASE_URL  server to create the database on (default postgres://postgres@127.0.0.1:5432/postgres)
 * BENCH_SECONDS       length of each run (default 5)
 * BENCH_SCALE         fraction of the volumes, for a quick run (default 1)
 * BENCH_ONLY          comma-separated endpoint keys (health, search, organisation, services, events, board,
 *                     journey, ledger, home, service-page)
 */
import { markdownTable, optionsFromEnv, runBench } from './harness';

const opts = optionsFromEnv();
runBench(opts).then(
  (rows) => {
    console.log(`\n${markdownTable(rows)}\n`);
    const misses = rows.filter((r) => r.app && (r.app.p99 > 50 || (r.raw && r.app.rps / r.raw.rps < 0.6)));
    if (misses.length)
      console.log(`Missing the target (p99 ≤ 50 ms, app/raw ≥ 0.6): ${misses.map((r) => r.endpoint.key).join(', ')}`);
    process.exit(0);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
