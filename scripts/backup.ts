// `npm run backup [FILE]`: a consistent dump of the embedded database, taken by the running server when one runs
// on EDIHUB_DATA_DIR (it is signalled and writes the file itself), or read from the data directory when none runs.
// Default FILE: <data dir>/backups/edihub-<UTC timestamp>.tar.gz. PostgreSQL: prints the pg_dump command instead.
import path from 'node:path';
import { BackupError, defaultBackupFile, dumpDataDir, liveServerPid, requestBackup } from '../src/platform/db/backup';
import { dataDirFromEnv, megabytes, postgresInstructions } from './backup-common';

async function main(): Promise<number> {
  const arg = process.argv[2];
  if (arg === '--help' || arg === '-h') {
    console.log('Usage: npm run backup [FILE]   (default: <EDIHUB_DATA_DIR>/backups/edihub-<UTC timestamp>.tar.gz)');
    return 0;
  }
  if (process.env.DATABASE_URL) {
    console.error(postgresInstructions());
    return 2;
  }
  const dataDir = dataDirFromEnv();
  const file = arg ? path.resolve(arg) : defaultBackupFile(dataDir);
  const pid = liveServerPid(dataDir);
  try {
    if (pid !== undefined) {
      console.log(`A server (pid ${pid}) is running on ${dataDir}: it writes the backup itself.`);
      const done = await requestBackup(dataDir, pid, file);
      console.log(`Backup written: ${done.file} (${megabytes(done.bytes)})`);
    } else {
      console.log(`No server is running on ${dataDir}: reading the database directly.`);
      const done = await dumpDataDir(dataDir, file);
      console.log(`Backup written: ${done.file} (${megabytes(done.bytes)})`);
    }
    return 0;
  } catch (err) {
    if (err instanceof BackupError) {
      console.error(`Backup failed: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = await main();
