/** The real app for browser journeys: fresh in-memory PGlite with the demo data, SSR build, a free port. */
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { migrateDatabase, openDatabase, type Database } from '../../src/platform/db/client';
import { seedDemoData, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/platform/db/seed/demo';
import { createAuth } from '../../src/platform/auth/auth';
import { composeMail } from '../../src/platform/mail/compose';
import { CLIENT_DIR, SERVER_ENTRY } from './build';

export { DEMO_ACCOUNTS, DEMO_PASSWORD };

export interface E2eServer {
  url: string;
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** A port that was free a moment ago; the public URL (checked against Origin) needs it before listen. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(): Promise<E2eServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    PUBLIC_URL: url,
    PORT: String(port),
    EDIHUB_DATA_DIR: '.tmp/e2e-unused',
  } as NodeJS.ProcessEnv);
  const database = await openDatabase({});
  await migrateDatabase(database);
  const secret = 'e2e-secret-e2e-secret-e2e-secret-0123456';
  await seedDemoData(database.db, createAuth({ db: database.db, secret, publicUrl: url, compose: composeMail }));
  const app = await buildApp({
    database,
    config,
    secret,
    ssr: { clientDir: CLIENT_DIR, serverEntry: SERVER_ENTRY },
    signInPerMinute: 100,
  });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
