/**
 * Backups of the embedded database (PGlite). A PGlite data directory can be open in one process only, so a
 * running server makes the dump itself: it writes its pid to `<data dir>/edihub.pid`, and on SIGUSR2 dumps the
 * database to the files asked for in `<data dir>/backup-requests/` (or to `<data dir>/backups/` when nobody asked).
 * `npm run backup` asks a running server that way, or opens the data directory itself when none runs;
 * `npm run restore FILE` refuses while a server runs, moves the current database aside and loads the dump.
 * PostgreSQL has its own tools (pg_dump / pg_restore); see docs/OPERATIONS.md.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { FastifyBaseLogger } from 'fastify';
import type { PGlite } from '@electric-sql/pglite';
import { migrateDatabase, openDatabase, type Database } from './client';

export const PID_FILE = 'edihub.pid';
export const REQUESTS_DIR = 'backup-requests';
/** The database's own folder inside EDIHUB_DATA_DIR. */
export const pgliteDir = (dataDir: string): string => path.join(dataDir, 'pglite');

/** 2026-05-10T08:00:00.123Z → 20260510T080000Z: sortable, and valid in a file name everywhere. */
export function timestamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** `<data dir>/backups/edihub-<UTC timestamp>.tar.gz` (with -2, -3 … when a backup of that second exists). */
export function defaultBackupFile(dataDir: string, now = new Date()): string {
  const base = path.join(dataDir, 'backups', `edihub-${timestamp(now)}`);
  for (let n = 1; ; n++) {
    const file = `${base}${n === 1 ? '' : `-${n}`}.tar.gz`;
    if (!existsSync(file)) return file;
  }
}

export class BackupError extends Error {}

/**
 * Writes a consistent dump of the open database to `file` (a gzipped tar of the data directory, as PGlite's
 * `dumpDataDir` makes it). The dump is taken between transactions, after a checkpoint; compressing and writing
 * happen after the database is free again. The file appears complete or not at all (written under a temporary
 * name, flushed, then linked into place); an existing file is never overwritten.
 */
export async function dumpTo(pglite: PGlite, file: string): Promise<{ file: string; bytes: number }> {
  const target = path.resolve(file);
  if (existsSync(target)) throw new BackupError(`${target} exists already; choose another file name`);
  // Holding the transaction lock: no transaction of the app is half done while the files are read.
  const tar = await pglite.transaction(async (tx) => {
    await tx.exec('CHECKPOINT');
    return pglite.dumpDataDir('none');
  });
  const data = await promisify(gzip)(new Uint8Array(await tar.arrayBuffer()));
  mkdirSync(path.dirname(target), { recursive: true });
  const temp = `${target}.partial-${process.pid}-${randomBytes(3).toString('hex')}`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      unlinkSync(temp);
      throw new BackupError(`${target} exists already; choose another file name`);
    }
    // A file system without hard links: rename (the existence check above has to do).
    renameSync(temp, target);
    return { file: target, bytes: data.length };
  }
  unlinkSync(temp);
  return { file: target, bytes: data.length };
}

/** Process start time (ms since the epoch) from /proc on Linux; undefined elsewhere or when unreadable. */
function processStartMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime, in clock ticks since boot); fields are counted from after the command name's ')'.
    const startTicks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
    if (!Number.isFinite(startTicks) || !Number.isFinite(btime)) return undefined;
    return btime * 1000 + startTicks * 10; // USER_HZ is 100 on every Linux architecture Node runs on
  } catch {
    return undefined;
  }
}

/**
 * The pid of the server running on `dataDir`, from its pid file: undefined when there is none, when that process
 * is gone (the server was killed), or when the pid now belongs to a process started after the file was written.
 */
export function liveServerPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, PID_FILE);
  let pid: number;
  let writtenMs: number;
  try {
    pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    writtenMs = statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  const started = processStartMs(pid);
  // The server writes the file after it starts; a later start means the pid was reused (2 s for rounding).
  if (started !== undefined && started > writtenMs + 2000) return undefined;
  return pid;
}

interface TBackupRequest {
  file: string;
}
export type TBackupResult = { ok: true; file: string; bytes: number } | { ok: false; error: string };

/** Writes `content` to `file` so that a reader sees the old file or the whole new one. */
function writeAtomically(file: string, content: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

/**
 * Lets `npm run backup` reach this server: on SIGUSR2 it dumps the database to each requested file (or to the
 * default file when no request is waiting), one dump at a time. Writes the pid file once the handler is in
 * place, and throws when the pid file names another live server. Returns the uninstall function (for shutdown): it
 * removes the pid file and waits for a running dump. A no-op on PostgreSQL.
 */
export function installBackupSignal(
  database: Database,
  dataDir: string,
  log: Pick<FastifyBaseLogger, 'info' | 'error'>,
): () => Promise<void> {
  const pglite = database.pglite;
  if (database.kind !== 'pglite' || !pglite) return async () => undefined;
  const requestsDir = path.join(dataDir, REQUESTS_DIR);
  const pidFile = path.join(dataDir, PID_FILE);
  const other = liveServerPid(dataDir);
  if (other !== undefined && other !== process.pid) {
    // Two processes on one PGlite data directory damage it; and backups would go to the other one.
    throw new BackupError(
      `Another EDIHub server (pid ${other}) is running on ${dataDir}. If none is, delete ${pidFile}.`,
    );
  }
  let queue: Promise<void> = Promise.resolve();

  const dumpLogged = async (file: string): Promise<TBackupResult> => {
    const started = Date.now();
    try {
      const done = await dumpTo(pglite, file);
      log.info({ file: done.file, bytes: done.bytes, ms: Date.now() - started }, 'backup written');
      return { ok: true, ...done };
    } catch (err) {
      log.error({ err, file }, 'backup failed');
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };

  const serveRequests = async () => {
    const ids = existsSync(requestsDir)
      ? readdirSync(requestsDir)
          .filter((n) => n.endsWith('.request.json'))
          .map((n) => n.slice(0, -'.request.json'.length))
      : [];
    if (ids.length === 0) {
      await dumpLogged(defaultBackupFile(dataDir));
      return;
    }
    for (const id of ids) {
      const requestFile = path.join(requestsDir, `${id}.request.json`);
      let result: TBackupResult;
      try {
        const request = JSON.parse(readFileSync(requestFile, 'utf8')) as TBackupRequest;
        result = await dumpLogged(request.file);
      } catch (err) {
        result = { ok: false, error: `unreadable backup request: ${err instanceof Error ? err.message : err}` };
      }
      rmSync(requestFile, { force: true });
      writeAtomically(path.join(requestsDir, `${id}.result.json`), JSON.stringify(result));
    }
  };

  const onSignal = () => {
    queue = queue.then(serveRequests).catch((err) => log.error({ err }, 'backup request failed'));
  };
  process.on('SIGUSR2', onSignal);
  mkdirSync(dataDir, { recursive: true });
  writeAtomically(pidFile, `${process.pid}\n`);

  return async () => {
    process.off('SIGUSR2', onSignal);
    try {
      if (readFileSync(pidFile, 'utf8').trim() === String(process.pid)) unlinkSync(pidFile);
    } catch {
      // already gone
    }
    await queue;
  };
}

/**
 * Asks the server `pid` to dump its database to `file` and waits for its answer. Throws a BackupError when the
 * server reports a failure or does not answer within `timeoutMs`.
 */
export async function requestBackup(
  dataDir: string,
  pid: number,
  file: string,
  timeoutMs = 120_000,
): Promise<{ file: string; bytes: number }> {
  const requestsDir = path.join(dataDir, REQUESTS_DIR);
  mkdirSync(requestsDir, { recursive: true });
  const id = `${timestamp()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const requestFile = path.join(requestsDir, `${id}.request.json`);
  const resultFile = path.join(requestsDir, `${id}.result.json`);
  writeAtomically(requestFile, JSON.stringify({ file: path.resolve(file) } satisfies TBackupRequest));
  try {
    process.kill(pid, 'SIGUSR2');
  } catch (err) {
    rmSync(requestFile, { force: true });
    throw new BackupError(`Could not signal the server (pid ${pid}): ${(err as Error).message}`);
  }
  const until = Date.now() + timeoutMs;
  while (!existsSync(resultFile)) {
    if (Date.now() > until) {
      rmSync(requestFile, { force: true });
      throw new BackupError(
        `The server (pid ${pid}) did not answer the backup request within ${Math.round(timeoutMs / 1000)} s. ` +
          `Is it an EDIHub server on ${dataDir}? Its log says why a backup failed.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as TBackupResult;
  rmSync(resultFile, { force: true });
  if (!result.ok) throw new BackupError(`The server (pid ${pid}) could not write the backup: ${result.error}`);
  return { file: result.file, bytes: result.bytes };
}

/** Opens the data directory (no server may run on it) and dumps it to `file`. */
export async function dumpDataDir(dataDir: string, file: string): Promise<{ file: string; bytes: number }> {
  const dir = pgliteDir(dataDir);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${dir}`);
  if (existsSync(file)) throw new BackupError(`${path.resolve(file)} exists already; choose another file name`);
  const database = await openDatabase({ dataDir: dir });
  try {
    return await dumpTo(database.pglite!, file);
  } finally {
    await database.close();
  }
}

/** The names in a tar archive (ustar headers; enough to recognise a data-directory dump). */
function tarNames(tar: Uint8Array): string[] {
  const names: string[] = [];
  const text = (from: number, length: number) =>
    new TextDecoder().decode(tar.subarray(from, from + length)).replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length;) {
    const name = text(at, 100);
    if (!name) break; // the end-of-archive blocks
    const size = Number.parseInt(text(at + 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size)) break;
    names.push(text(at + 345, 155) ? `${text(at + 345, 155)}/${name}` : name);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

/** The uncompressed tar of a dump file; a BackupError when it is not a dump of a data directory. */
async function readDump(file: string): Promise<Uint8Array<ArrayBuffer>> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  let data: Uint8Array<ArrayBuffer> = new Uint8Array(readFileSync(file));
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = new Uint8Array(await promisify(gunzip)(data));
    } catch (err) {
      throw new BackupError(`${file} is damaged (${err instanceof Error ? err.message : err})`);
    }
  }
  if (!tarNames(data).some((n) => n.replace(/^\.?\//, '') === 'PG_VERSION')) {
    throw new BackupError(`${file} is not a backup of an embedded EDIHub database (made by \`npm run backup\`)`);
  }
  return data;
}

/**
 * Replaces the database in `dataDir` with the dump `file`: refuses while a server runs there, moves the current
 * database aside (`pglite.before-restore-<timestamp>`), loads the dump, applies the migrations (a dump of an older
 * version is brought up to date) and closes. On failure the previous database is put back.
 */
export async function restoreInto(file: string, dataDir: string): Promise<{ pgliteDir: string; movedAside?: string }> {
  const pid = liveServerPid(dataDir);
  if (pid !== undefined) {
    throw new BackupError(`A server (pid ${pid}) is running on ${dataDir}: stop it before restoring.`);
  }
  const dump = new Blob([await readDump(file)], { type: 'application/x-tar' });
  const dir = pgliteDir(dataDir);
  let movedAside: string | undefined;
  if (existsSync(dir)) {
    movedAside = `${dir}.before-restore-${timestamp()}`;
    renameSync(dir, movedAside);
  }
  let database: Database | undefined;
  try {
    database = await openDatabase({ dataDir: dir, loadDataDir: dump });
    await migrateDatabase(database);
    await database.pglite!.query('select 1');
  } catch (err) {
    await database?.close().catch(() => undefined);
    database = undefined;
    rmSync(dir, { recursive: true, force: true });
    if (movedAside) renameSync(movedAside, dir);
    const state = movedAside ? 'the previous database is back in place' : 'nothing was changed';
    throw new BackupError(`Restoring ${file} failed (${state}): ${err instanceof Error ? err.message : err}`);
  } finally {
    await database?.close();
  }
  return { pgliteDir: dir, movedAside };
}
