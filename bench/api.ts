/**
 * npm run bench:api — the organisation search alone (the first benchmark of this project), on the same harness as
 * `npm run bench`: 100 000 organisations and the rest of the bulk data in a fresh PostgreSQL database (dropped
 * afterwards), the endpoint at 50 concurrent clients beside its SQL replayed raw through `pg`.
 * BENCH_DATABASE_URL, BENCH_SECONDS (default 10) and BENCH_SCALE as for `npm run bench`; BENCH_ROWS (organisations)
 * still sets the scale.
 */
import { markdownTable, optionsFromEnv, runBench } from './harness';
import { FULL_VOLUMES } from './seed';

if (process.env.BENCH_ROWS && !process.env.BENCH_SCALE) {
  process.env.BENCH_SCALE = String(Number(process.env.BENCH_ROWS) / FULL_VOLUMES.organisations);
}
runBench(optionsFromEnv({ only: ['search'], seconds: 10 })).then(
  (rows) => {
    console.log(`\n${markdownTable(rows)}\n`);
    process.exit(0);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
