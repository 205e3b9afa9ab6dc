/**
 * Backups in-process: the signal handler a server installs (pid file, SIGUSR2, requests answered, clean-up),
 * restore and its refusals, the liveness check on pid files; on PostgreSQL the scripts point to pg_dump /
 * pg_restore, and the commands they print are run for real. The real server process: backup-process.test.ts.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type Database } from '../../../src/platform/db/client';
import { organisations } from '../../../src/platform/db/schema';
import {
  BackupError,
  dumpTo,
  installBackupSignal,
  liveServerPid,
  PID_FILE,
  requestBackup,
  restoreInto,
} from '../../../src/platform/db/backup';
import { cloneTestDatabase } from '../../support/test-db';
import { withDatabase } from '../../support/global-setup';
import { runScript } from '../../support/app-process';

const embedded = inject('dbKind') === 'pglite';
const root = mkdtempSync(path.join(os.tmpdir(), 'edihub-backup-unit-'));
const silent = { info: () => undefined, error: () => undefined };
let database: Database;
let orgId: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  database = await cloneTestDatabase();
  const [org] = await database.db
    .insert(organisations)
    .values({ legalNameBg: 'Архивна ООД', type: 'sme', country: 'AT', foreignRegistrationNo: 'FN backup-1' })
    .returning({ id: organisations.id });
  orgId = org.id;
});
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

let n = 0;
const freshDir = () => {
  const dir = path.join(root, `d${++n}`);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A process that lives until killed, started now. */
async function sleeper(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child.pid!;
}

describe.skipIf(!embedded)('the backup signal of an embedded server', () => {
  it('writes the pid file, answers a backup request on SIGUSR2, and the dump restores with the same records', async () => {
    const dataDir = freshDir();
    const uninstall = installBackupSignal(database, dataDir, silent);
    try {
      expect(readFileSync(path.join(dataDir, PID_FILE), 'utf8')).toBe(`${process.pid}\n`);
      expect(liveServerPid(dataDir)).toBe(process.pid);

      const file = path.join(root, 'signal.tar.gz');
      const done = await requestBackup(dataDir, process.pid, file, 30_000);
      expect(done.file).toBe(file);
      expect(done.bytes).toBeGreaterThan(100_000);
      expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip
      // No temporary or request file is left behind.
      expect(readdirSync(root).filter((f) => f.startsWith('signal'))).toEqual(['signal.tar.gz']);
      expect(readdirSync(path.join(dataDir, 'backup-requests'))).toEqual([]);

      // The server refuses to overwrite, and says so to the requester.
      await expect(requestBackup(dataDir, process.pid, file, 30_000)).rejects.toThrow(
        `could not write the backup: ${file} exists already`,
      );

      const target = freshDir();
      const restored = await restoreInto(file, target);
      expect(restored).toEqual({ pgliteDir: path.join(target, 'pglite'), movedAside: undefined });
      const copy = await openDatabase({ dataDir: restored.pgliteDir });
      try {
        const rows = await copy.db.select().from(organisations).where(eq(organisations.id, orgId));
        expect(rows.map((r) => r.legalNameBg)).toEqual(['Архивна ООД']);
      } finally {
        await copy.close();
      }
    } finally {
      await uninstall();
    }
    // A clean shutdown removes the pid file.
    expect(existsSync(path.join(dataDir, PID_FILE))).toBe(false);
    expect(liveServerPid(dataDir)).toBeUndefined();
  });

  it('dumps to <data dir>/backups/ on a plain SIGUSR2 (kill -USR2 $(cat edihub.pid))', async () => {
    const dataDir = freshDir();
    const uninstall = installBackupSignal(database, dataDir, silent);
    try {
      process.kill(process.pid, 'SIGUSR2');
      const backups = path.join(dataDir, 'backups');
      const until = Date.now() + 30_000;
      while (!(existsSync(backups) && readdirSync(backups).some((f) => f.endsWith('.tar.gz')))) {
        if (Date.now() > until) throw new Error('no backup appeared');
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(readdirSync(backups)).toEqual([expect.stringMatching(/^edihub-\d{8}T\d{6}Z\.tar\.gz$/)]);
    } finally {
      await uninstall();
    }
  });

  it('refuses to start on a data dir whose pid file names another live server', async () => {
    const dataDir = freshDir();
    const pid = await sleeper();
    writeFileSync(path.join(dataDir, PID_FILE), `${pid}\n`);
    const listeners = process.listenerCount('SIGUSR2');
    expect(() => installBackupSignal(database, dataDir, silent)).toThrow(
      `Another EDIHub server (pid ${pid}) is running on ${dataDir}`,
    );
    expect(process.listenerCount('SIGUSR2')).toBe(listeners);
    expect(readFileSync(path.join(dataDir, PID_FILE), 'utf8')).toBe(`${pid}\n`);
  });

  it('dumpTo never overwrites a file', async () => {
    const file = path.join(root, 'exists.tar.gz');
    writeFileSync(file, 'precious');
    await expect(dumpTo(database.pglite!, file)).rejects.toThrow(BackupError);
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });
});

describe('pid files', () => {
  it('names a live server only while its process lives and is the one that wrote the file', async () => {
    const dataDir = freshDir();
    const file = path.join(dataDir, PID_FILE);
    expect(liveServerPid(dataDir)).toBeUndefined();

    const pid = await sleeper();
    writeFileSync(file, `${pid}\n`);
    expect(liveServerPid(dataDir)).toBe(pid);

    // A killed server leaves its pid file behind.
    const child = children.find((c) => c.pid === pid)!;
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(liveServerPid(dataDir)).toBeUndefined();

    writeFileSync(file, 'garbage\n');
    expect(liveServerPid(dataDir)).toBeUndefined();
  });

  it.skipIf(process.platform !== 'linux')(
    'ignores a pid reused by a process started after the file was written',
    () => {
      const dataDir = freshDir();
      const file = path.join(dataDir, PID_FILE);
      writeFileSync(file, `${process.pid}\n`);
      expect(liveServerPid(dataDir)).toBe(process.pid);
      // As if the file had been written in 2001 by a server long gone, and this process had got its pid.
      utimesSync(file, new Date('2001-01-01'), new Date('2001-01-01'));
      expect(liveServerPid(dataDir)).toBeUndefined();
    },
  );

  it('gives up on a server that does not answer, with a message that says so', async () => {
    const dataDir = freshDir();
    const ignore = () => undefined;
    process.on('SIGUSR2', ignore);
    try {
      await expect(requestBackup(dataDir, process.pid, path.join(root, 'never.tar.gz'), 1000)).rejects.toThrow(
        `The server (pid ${process.pid}) did not answer the backup request within 1 s.`,
      );
      expect(readdirSync(path.join(dataDir, 'backup-requests'))).toEqual([]);
    } finally {
      process.off('SIGUSR2', ignore);
    }
  });
});

describe('restore', () => {
  it('refuses while a server runs on the data dir', async () => {
    const dataDir = freshDir();
    const pid = await sleeper();
    writeFileSync(path.join(dataDir, PID_FILE), `${pid}\n`);
    await expect(restoreInto(path.join(root, 'any.tar.gz'), dataDir)).rejects.toThrow(
      `A server (pid ${pid}) is running on ${dataDir}: stop it before restoring.`,
    );
  });

  it('refuses a file that is not a dump, or a damaged one, before touching the database', async () => {
    const dataDir = freshDir();
    mkdirSync(path.join(dataDir, 'pglite'));
    const bad = path.join(root, 'bad.tar.gz');
    writeFileSync(bad, 'this is not a dump');
    await expect(restoreInto(bad, dataDir)).rejects.toThrow(
      `${bad} is not a backup of an embedded EDIHub database (made by \`npm run backup\`)`,
    );
    const truncated = path.join(root, 'truncated.tar.gz');
    writeFileSync(truncated, gzipSync(tar({ PG_VERSION: '17\n' })).subarray(0, 40));
    await expect(restoreInto(truncated, dataDir)).rejects.toThrow(`${truncated} is damaged`);
    await expect(restoreInto(path.join(root, 'missing.tar.gz'), dataDir)).rejects.toThrow('does not exist');
    expect(readdirSync(dataDir)).toEqual(['pglite']);
  });

  it('puts the previous database back when the dump cannot be loaded', async () => {
    const dataDir = freshDir();
    mkdirSync(path.join(dataDir, 'pglite'));
    writeFileSync(path.join(dataDir, 'pglite', 'marker'), 'the old database');
    // Looks like a data directory (PG_VERSION) but is none.
    const hollow = path.join(root, 'hollow.tar.gz');
    writeFileSync(hollow, gzipSync(tar({ PG_VERSION: '17\n' })));
    await expect(restoreInto(hollow, dataDir)).rejects.toThrow(
      `Restoring ${hollow} failed (the previous database is back in place)`,
    );
    expect(readdirSync(dataDir)).toEqual(['pglite']);
    expect(readFileSync(path.join(dataDir, 'pglite', 'marker'), 'utf8')).toBe('the old database');
  });
});

/** A ustar archive of the given files. */
function tar(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    const data = Buffer.from(content);
    header.write(name, 0);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write(
      `${Math.floor(Date.now() / 1000)
        .toString(8)
        .padStart(11, '0')}\0`,
      136,
    );
    header.write('        ', 148); // the checksum counts itself as spaces
    header.write('0', 156);
    header.write('ustar\0' + '00', 257);
    const sum = header.reduce((a, b) => a + b, 0);
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

describe('on PostgreSQL (DATABASE_URL set)', () => {
  const env = { DATABASE_URL: 'postgres://edihub@db.invalid/edihub', EDIHUB_DATA_DIR: path.join(root, 'pg') };

  it('npm run backup / restore print the pg_dump / pg_restore commands and do nothing', async () => {
    const backup = await runScript('backup', [], env);
    expect(backup.code).toBe(2);
    expect(backup.out).toContain('pg_dump -Fc -d "$DATABASE_URL"');
    expect(backup.out).toContain('Nothing was done.');
    const restore = await runScript('restore', ['x.dump'], env);
    expect(restore.code).toBe(2);
    expect(restore.out).toContain('pg_restore');
    expect(existsSync(env.EDIHUB_DATA_DIR)).toBe(false);
  });

  const hasPgTools = (() => {
    try {
      execFileSync('pg_dump', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(embedded || !hasPgTools)('the printed commands back up and restore the app database', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const sourceUrl = (database.pool!.options as { connectionString: string }).connectionString;
    const printed = (await runScript('backup', [], env)).out.split('\n').map((l) => l.trim());
    const dumpCmd = printed.find((l) => l.startsWith('pg_dump'))!;
    const restoreCmd = printed.find((l) => l.startsWith('pg_restore'))!;
    const cwd = freshDir();
    execFileSync('bash', ['-c', dumpCmd], { cwd, env: { ...process.env, DATABASE_URL: sourceUrl } });
    const [dump] = readdirSync(cwd);
    expect(dump).toMatch(/^edihub-\d{8}T\d{6}Z\.dump$/);

    // Into an empty database (named so that the run's teardown drops it too).
    const name = `edihub_t_${inject('runId')}_restore`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const targetUrl = withDatabase(url, name);
      execFileSync('bash', ['-c', restoreCmd.replace('edihub-….dump', dump)], {
        cwd,
        env: { ...process.env, DATABASE_URL: targetUrl },
      });
      const copy = await openDatabase({ url: targetUrl, poolSize: 2 });
      try {
        await migrateDatabase(copy); // already current: nothing to apply
        const rows = await copy.db.select().from(organisations).where(eq(organisations.id, orgId));
        expect(rows.map((r) => r.legalNameBg)).toEqual(['Архивна ООД']);
      } finally {
        await copy.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
