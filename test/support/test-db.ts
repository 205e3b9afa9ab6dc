import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/platform/db/client';
import { withDatabase } from './global-setup';

/** A fresh database for one test file, cloned from the run's migrated template. */
export async function cloneTestDatabase(): Promise<Database> {
  const template = inject('dbTemplate');
  if (inject('dbKind') === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `edihub_t_${inject('runId')}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${template}`);
    } finally {
      await admin.end();
    }
    return openDatabase({ url: withDatabase(url, name), poolSize: 20 });
  }
  const dump = readFileSync(template);
  return openDatabase({ loadDataDir: new Blob([dump]) });
}
