import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { ConfigError, loadConfig, type TConfig } from './config';
import { migrateDatabase, openDatabase } from './platform/db/client';
import { buildApp } from './app';
import { createAuth } from './platform/auth/auth';
import { composeMail } from './platform/mail/compose';
import { DEMO_ACCOUNTS, seedDemoData } from './platform/db/seed/demo';
import { mailDispatchJob, pruneJobsJob } from './platform/jobs/platform-jobs';
import { startWorker } from './platform/jobs/queue';
import { installBackupSignal } from './platform/db/backup';
import { CAPABILITIES } from './capabilities';
import { WEB_CLIENT_DIR, WEB_SERVER_ENTRY } from './platform/paths';

/** In embedded mode the session secret is generated once and kept beside the data. */
function sessionSecret(config: TConfig, dataDir: string): string {
  if (config.SESSION_SECRET) return config.SESSION_SECRET;
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main(): Promise<void> {
  let config: TConfig;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const dataDir = path.resolve(config.EDIHUB_DATA_DIR);
  const phases: Record<string, number> = { modules: Math.round(performance.now()) };
  const mark = (phase: string) => (phases[phase] = Math.round(performance.now()));
  const database = await openDatabase(
    config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: path.join(dataDir, 'pglite') },
  );
  mark('database');
  await migrateDatabase(database);
  mark('migrations');
  const secret = sessionSecret(config, dataDir);

  if (config.EDIHUB_DEMO_DATA) {
    const auth = createAuth({ db: database.db, secret, publicUrl: config.publicUrl, compose: composeMail });
    if (await seedDemoData(database.db, auth)) {
      console.log('\nDemo data loaded: EDIH "Zagore" (Stara Zagora, BG34). Demo accounts (change the passwords):');
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(7)} ${a.email.padEnd(22)} ${a.password}`);
      console.log('');
    }
  }

  mark('demoData');
  const ssr = { clientDir: WEB_CLIENT_DIR, serverEntry: WEB_SERVER_ENTRY };
  const app = await buildApp({ database, config, secret, logger: true, ssr });
  // All background work runs on the job queue (platform/jobs/queue.ts): each job in one process at a time.
  const jobCtx = { db: database.db, publicUrl: config.publicUrl, log: app.log, clock: () => new Date() };
  const worker = startWorker(jobCtx, [
    pruneJobsJob,
    ...(config.SMTP_URL ? [mailDispatchJob(nodemailer.createTransport(config.SMTP_URL), config.MAIL_FROM)] : []),
    ...CAPABILITIES.flatMap((c) => c.jobs ?? []),
  ]);
  // Embedded mode: `npm run backup` finds this process by its pid file and signals it (SIGUSR2) to dump the database.
  const stopBackups = installBackupSignal(database, dataDir, app.log);

  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    await worker.stop();
    await app.close();
    await stopBackups();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  mark('app');
  await app.listen({ port: config.PORT, host: config.HOST });
  mark('listening');
  app.log.info({ startupMs: phases }, `started in ${phases.listening} ms`);
  console.log(
    `EDIHub is running at ${config.publicUrl} (database: ${database.kind}${database.kind === 'pglite' ? `, data in ${dataDir}` : ''})`,
  );
}

void main();
