// `npm run restore FILE`: replaces the embedded database in EDIHUB_DATA_DIR with a dump made by `npm run backup`.
// Refuses while a server runs there; the current database is moved aside, not deleted. PostgreSQL: prints the
// pg_restore command instead.
import path from 'node:path';
import { BackupError, restoreInto } from '../src/platform/db/backup';
import { dataDirFromEnv, postgresInstructions } from './backup-common';

async function main(): Promise<number> {
  const arg = process.argv[2];
  if (!arg || arg === '--help' || arg === '-h') {
    console.log('Usage: npm run restore FILE   (a dump made by `npm run backup`)');
    return arg ? 0 : 1;
  }
  if (process.env.DATABASE_URL) {
    console.error(postgresInstructions());
    return 2;
  }
  const dataDir = dataDirFromEnv();
  const file = path.resolve(arg);
  try {
    console.log(`Restoring ${file} into ${dataDir} …`);
    const done = await restoreInto(file, dataDir);
    if (done.movedAside) console.log(`The previous database was moved aside to ${done.movedAside}`);
    console.log(`Restored into ${done.pgliteDir} (migrations applied). Start the server as usual.`);
    return 0;
  } catch (err) {
    if (err instanceof BackupError) {
      console.error(`Restore failed: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main();
