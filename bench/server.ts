/**
 * The app as the benchmark measures it: a process of its own (so the load generator does not share its event loop),
 * on the database and port the harness names, with server-side rendering when the web app is built. Prints
 * `listening <port>` on stdout once it answers.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/platform/db/client';

async function main() {
  const url = process.env.BENCH_APP_DATABASE_URL!;
  const secret = process.env.BENCH_APP_SECRET!;
  const publicUrl = process.env.BENCH_APP_PUBLIC_URL!;
  const database = await openDatabase({ url });
  const config = loadConfig({ PUBLIC_URL: publicUrl, EDIHUB_DATA_DIR: '.tmp/bench' } as NodeJS.ProcessEnv);
  const clientDir = path.resolve('dist/client');
  const serverEntry = path.resolve('dist/server/entry-server.js');
  const ssr = existsSync(serverEntry) ? { clientDir, serverEntry } : undefined;
  const app = await buildApp({ database, config, secret, ssr });
  await app.listen({ port: Number(process.env.BENCH_APP_PORT ?? 0), host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

void main();
