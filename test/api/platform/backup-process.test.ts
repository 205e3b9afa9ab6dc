/**
 * The embedded server as a real process: a backup of the running server (it is signalled and dumps its own
 * database), restored into a fresh data dir with the same records; SIGKILL in the middle of a burst of writes
 * loses no acknowledged write; the scripts' refusals. The servers are always embedded (PGlite), so this file runs
 * in the PGlite pass only; the PostgreSQL side of backups is in backup.test.ts.
 */
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { count, eq, inArray, like } from 'drizzle-orm';
import { openDatabase } from '../../../src/platform/db/client';
import { organisationMembers, organisations } from '../../../src/platform/db/schema';
import { DEMO_PASSWORD } from '../../../src/platform/db/seed/demo';
import { PID_FILE } from '../../../src/platform/db/backup';
import { runScript, signIn, startAppProcess, type AppProcess } from '../../support/app-process';

let root = '';
let dataDir = '';
const spawned: AppProcess[] = [];
let server: AppProcess | undefined;
let cookie = '';

/** The server on `dataDir`, started when none runs. */
async function running(): Promise<AppProcess> {
  if (server) return server;
  server = await startAppProcess(dataDir);
  spawned.push(server);
  return server;
}

const api = (s: AppProcess, method: string, url: string, body?: unknown) =>
  fetch(`${s.url}${url}`, {
    method,
    headers: { cookie, origin: s.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const createOrganisation = (s: AppProcess, name: string, registrationNo: string) =>
  api(s, 'POST', '/api/v1/organisations', {
    legalNameBg: name,
    type: 'research_education',
    country: 'AT',
    foreignRegistrationNo: registrationNo,
  });

/** Every organisation's name, through the API (staff see all). */
async function organisationNames(s: AppProcess): Promise<{ total: number; names: Set<string> }> {
  const names = new Set<string>();
  for (let page = 1; ; page++) {
    const res = await api(s, 'GET', `/api/v1/organisations?sort=created&pageSize=100&page=${page}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { legalNameBg: string }[]; total: number };
    for (const item of body.items) names.add(item.legalNameBg);
    if (body.items.length < 100) return { total: body.total, names };
  }
}

const embedded = inject('dbKind') === 'pglite';

describe.skipIf(!embedded)('the embedded server as a process', () => {
  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'edihub-backup-'));
    dataDir = path.join(root, 'data');
    const s = await running();
    cookie = await signIn(s.url, 'staff@zagore.demo', DEMO_PASSWORD);
  });
  afterAll(async () => {
    for (const p of spawned) p.kill();
    await Promise.all(spawned.map((p) => p.exited));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('keeps every acknowledged write when killed with SIGKILL in the middle of a burst of writes', async () => {
    const s = await running();
    const acknowledged: { id?: string; name: string }[] = [];
    const refused: string[] = [];
    let next = 0;
    let inFlight = 0;
    let inFlightAtKill = 0;
    let killed = false;
    const worker = async () => {
      while (next < 2000 && !killed) {
        const i = next++;
        const name = `Устойчивост ${i}`;
        inFlight++;
        try {
          const res = await createOrganisation(s, name, `DUR-${i}`);
          if (res.ok) {
            // Acknowledged: the write committed before the answer; the body may still be cut off by the kill.
            const id = await res
              .json()
              .then((b: { id: string }) => b.id)
              .catch(() => undefined);
            acknowledged.push({ id, name });
          } else refused.push(`${res.status} ${await res.text().catch(() => '')}`);
        } catch {
          // The connection died with the server: not acknowledged, whether or not it committed.
        } finally {
          inFlight--;
        }
        if (!killed && acknowledged.length >= 40) {
          killed = true;
          inFlightAtKill = inFlight;
          process.kill(s.pid, 'SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await s.exited;
    server = undefined;
    expect(refused).toEqual([]);
    expect(killed).toBe(true);
    // Killed in the middle: other writes were under way.
    expect(inFlightAtKill).toBeGreaterThan(0);

    const again = await running();
    expect(again.pid).not.toBe(s.pid);
    expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
    const { names } = await organisationNames(again);
    for (const a of acknowledged) expect(names.has(a.name), a.name).toBe(true);
    for (const a of acknowledged.filter((x) => x.id)) {
      const res = await api(again, 'GET', `/api/v1/organisations/${a.id}`);
      expect(res.status, a.name).toBe(200);
      expect(((await res.json()) as { legalNameBg: string }).legalNameBg).toBe(a.name);
    }
    // And it takes writes again.
    expect((await createOrganisation(again, 'След рестарта', 'DUR-after')).status).toBe(201);
  });

  it('backs up the running server and restores the dump into a fresh data dir with the same records', async () => {
    const s = await running();
    const created = await createOrganisation(s, 'Преди архива ООД', 'BACKUP-1');
    expect(created.status).toBe(201);
    const createdId = ((await created.json()) as { id: string }).id;
    const before = await organisationNames(s);
    expect(before.total).toBeGreaterThan(10); // the demo hub and the writes above

    // Writes go on during the backup: none fails, and the dump holds each whole or not at all.
    let backingUp = true;
    const during: number[] = [];
    let i = 0;
    const writer = async () => {
      while (backingUp) {
        const n = i++;
        during.push((await createOrganisation(s, `По време ${n}`, `DURING-${n}`)).status);
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    const file = path.join(root, 'running.tar.gz');
    const backup = await runScript('backup', [file], { EDIHUB_DATA_DIR: dataDir });
    backingUp = false;
    await Promise.all(writers);
    expect(during.length).toBeGreaterThan(4);
    expect(during.filter((status) => status !== 201)).toEqual([]);
    expect(backup.out).toContain(`A server (pid ${s.pid}) is running`);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain(`Backup written: ${file}`);
    expect(existsSync(file)).toBe(true);
    // The server answered the request and cleaned it up; it still serves.
    expect(readdirSync(path.join(dataDir, 'backup-requests'))).toEqual([]);
    expect((await fetch(`${s.url}/api/health`)).status).toBe(200);

    // Restoring over a running server is refused, and changes nothing.
    const refused = await runScript('restore', [file], { EDIHUB_DATA_DIR: dataDir });
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`A server (pid ${s.pid}) is running on ${dataDir}: stop it before restoring.`);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('pglite'))).toEqual(['pglite']);

    const fresh = path.join(root, 'fresh');
    const restore = await runScript('restore', [file], { EDIHUB_DATA_DIR: fresh });
    expect(restore.code, restore.out).toBe(0);
    expect(restore.out).not.toContain('moved aside');
    const database = await openDatabase({ dataDir: path.join(fresh, 'pglite') });
    try {
      const [{ n }] = await database.db.select({ n: count() }).from(organisations);
      expect(n).toBeGreaterThanOrEqual(before.total);
      expect(n).toBeLessThanOrEqual(before.total + during.length);
      const rows = await database.db
        .select({ id: organisations.id, name: organisations.legalNameBg })
        .from(organisations)
        .where(inArray(organisations.legalNameBg, [...before.names]));
      expect(new Set(rows.map((r) => r.name))).toEqual(before.names);
      expect(rows.find((r) => r.id === createdId)?.name).toBe('Преди архива ООД');
      // Each organisation registered during the backup came with its owner (one transaction): no half of one.
      const duringRows = await database.db
        .select({ id: organisations.id, owners: count(organisationMembers.userId) })
        .from(organisations)
        .leftJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
        .where(like(organisations.legalNameBg, 'По време %'))
        .groupBy(organisations.id);
      expect(duringRows.length).toBe(n - before.total);
      expect(duringRows.filter((r) => r.owners !== 1)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('reads the data dir itself when no server runs, and a restore moves the current database aside', async () => {
    const s = await running();
    await s.stop();
    server = undefined;
    expect(existsSync(path.join(dataDir, PID_FILE))).toBe(false); // removed on a clean shutdown

    const file = path.join(root, 'stopped.tar.gz');
    const backup = await runScript('backup', [file], { EDIHUB_DATA_DIR: dataDir });
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toContain(`No server is running on ${dataDir}: reading the database directly.`);
    // An existing file is never overwritten.
    const again = await runScript('backup', [file], { EDIHUB_DATA_DIR: dataDir });
    expect(again.code).toBe(1);
    expect(again.out).toContain('exists already');

    const restore = await runScript('restore', [file], { EDIHUB_DATA_DIR: dataDir });
    expect(restore.code, restore.out).toBe(0);
    const aside = readdirSync(dataDir).filter((n) => n.startsWith('pglite.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(restore.out).toContain(`The previous database was moved aside to ${path.join(dataDir, aside[0])}`);

    // The restored data dir serves, with the same session secret beside it (the session still works).
    const restarted = await running();
    expect((await api(restarted, 'GET', '/api/v1/organisations?q=Преди архива')).status).toBe(200);
    const { names } = await organisationNames(restarted);
    expect(names.has('Преди архива ООД')).toBe(true);
  });
});
