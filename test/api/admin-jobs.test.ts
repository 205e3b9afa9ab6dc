/** The job queue as admins see it: counts per queue and state, the jobs without their payload, and retrying a failed one. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, jobs } from '../../src/platform/db/schema';
import {
  enqueueJob,
  JOB_STATES,
  startWorker,
  type TJobDefinition,
  type TJobRunContext,
} from '../../src/platform/jobs/queue';
import { JOB_STATE_VALUES } from '../../src/contract/jobs';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let staff: TestUser;
let expert: TestUser;
let member: TestUser;
let ctx: TJobRunContext;
const silent = { error: () => undefined, info: () => undefined } as unknown as TJobRunContext['log'];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createUser('admin', { name: 'Ада Админ' });
  staff = await t.createUser('staff');
  expert = await t.createUser('expert');
  member = await t.createUser('member');
  ctx = { db: t.database.db, publicUrl: 'http://edihub.test', log: silent, clock: () => new Date() };
});
afterAll(async () => t.close());
beforeEach(async () => {
  await t.database.db.execute(sql`DELETE FROM jobs`);
});

const db = () => t.database.db;
const list = (query = '', as: TestUser | null = admin) =>
  t.request({ method: 'GET', url: `/api/v1/admin/jobs${query}`, as });
const retry = (id: number | string, as: TestUser | null = admin) =>
  t.request({ method: 'POST', url: `/api/v1/admin/jobs/${id}/retry`, as });

/** A job that fails on every attempt: after `maxAttempts` runs it is failed with the last error. */
const failing = (queue: string, extra: Partial<TJobDefinition> = {}): TJobDefinition => ({
  queue,
  retryDelayMs: 0,
  run: async () => {
    throw new Error('SMTP refused the connection');
  },
  ...extra,
});

async function failedJob(queue = 'test.flaky'): Promise<number> {
  const id = (await enqueueJob(db(), queue, { to: 'person@example.test' }, { maxAttempts: 2 }))!;
  const worker = startWorker(ctx, [failing(queue)], { autostart: false });
  await worker.drain();
  await worker.stop();
  return id;
}

describe('GET /api/v1/admin/jobs', () => {
  it('is for admins only: 401 anonymous, 403 member, expert and staff', async () => {
    expect((await list('', null)).statusCode).toBe(401);
    for (const who of [member, expert, staff]) {
      const res = await list('', who);
      expect(res.statusCode, who.role).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await list()).statusCode).toBe(200);
  });

  it('counts jobs per queue and state and lists them newest first, without the payload', async () => {
    const failed = await failedJob();
    const queued = (await enqueueJob(db(), 'test.echo', { email: 'secret@example.test', name: 'Мария' }))!;
    const later = (await enqueueJob(db(), 'test.echo', {}, { delayMs: 3_600_000 }))!;
    const res = await list();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.counts).toEqual([
      { queue: 'test.echo', state: 'queued', count: 2 },
      { queue: 'test.flaky', state: 'failed', count: 1 },
    ]);
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(body.items.map((i: { id: number }) => i.id)).toEqual([later, queued, failed]);
    expect(body.items[2]).toEqual({
      id: failed,
      queue: 'test.flaky',
      state: 'failed',
      attempts: 2,
      maxAttempts: 2,
      runAt: expect.any(String),
      lastError: 'SMTP refused the connection',
      createdAt: expect.any(String),
      finishedAt: expect.any(String),
      retryable: true,
    });
    expect(body.items[1]).toMatchObject({ state: 'queued', attempts: 0, lastError: null, finishedAt: null });
    expect(body.items[1].retryable).toBe(false);
    expect(Date.parse(body.items[0].runAt) - Date.now()).toBeGreaterThan(3_500_000);
    // Payloads may hold personal data: none of it leaves the database.
    expect(res.body).not.toContain('secret@example.test');
    expect(res.body).not.toContain('person@example.test');
    expect(res.body).not.toContain('Мария');
    expect(res.body).not.toContain('payload');
  });

  it('filters by state and queue and pages, while the counts stay whole', async () => {
    await failedJob('test.flaky');
    await failedJob('test.other');
    await enqueueJob(db(), 'test.echo');
    await enqueueJob(db(), 'test.echo');
    const failed = (await list('?state=failed')).json();
    expect(failed.total).toBe(2);
    expect(failed.items.every((i: { state: string }) => i.state === 'failed')).toBe(true);
    expect(failed.counts).toHaveLength(3);
    const echo = (await list('?queue=test.echo&pageSize=1&page=2')).json();
    expect(echo).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(echo.items).toHaveLength(1);
    expect(echo.items[0].queue).toBe('test.echo');
    expect((await list('?state=failed&queue=test.echo')).json()).toMatchObject({ total: 0, items: [] });
    const bad = await list('?state=stuck');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });

  it('says a finally failed periodic job cannot be retried while its next run is queued', async () => {
    const def = failing('test.tick', { everyMs: 3_600_000, maxAttempts: 1 });
    const worker = startWorker(ctx, [def], { autostart: false });
    await worker.drain();
    await worker.stop();
    const items = (await list('?queue=test.tick')).json().items;
    expect(items.map((i: { state: string; retryable: boolean }) => [i.state, i.retryable])).toEqual([
      ['queued', false],
      ['failed', false],
    ]);
    // Pending jobs of other queues or other keys do not stand in the way of another failed job.
    const keyed = (await enqueueJob(db(), 'test.keyed', {}, { singletonKey: 'periodic', maxAttempts: 1 }))!;
    const plain = await failedJob('test.plain');
    const worker2 = startWorker(ctx, [failing('test.keyed')], { autostart: false });
    await worker2.drain();
    await worker2.stop();
    const others = (await list('?state=failed')).json().items as { id: number; retryable: boolean }[];
    expect(others.filter((i) => [keyed, plain].includes(i.id)).map((i) => i.retryable)).toEqual([true, true]);

    const res = await retry(items[1].id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'job_already_pending', details: { pendingId: items[0].id } });
    const [row] = await db().select().from(jobs).where(eq(jobs.id, items[1].id));
    expect(row!.state).toBe('failed');
  });
});

describe('POST /api/v1/admin/jobs/:id/retry', () => {
  it('is for admins only: 401 anonymous, 403 member, expert and staff, and the job stays failed', async () => {
    const id = await failedJob();
    expect((await retry(id, null)).statusCode).toBe(401);
    for (const who of [member, expert, staff]) expect((await retry(id, who)).statusCode, who.role).toBe(403);
    const [row] = await db().select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({ state: 'failed', attempts: 2 });
  });

  it('puts a failed job back on its queue, due now, attempts from zero, audited; the worker then runs it', async () => {
    const id = await failedJob();
    const res = await retry(id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id,
      state: 'queued',
      attempts: 0,
      finishedAt: null,
      lastError: 'SMTP refused the connection',
      retryable: false,
    });
    expect(Date.parse(res.json().runAt)).toBeLessThanOrEqual(Date.now() + 1000);
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'job.retry'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityType: 'job',
      before: { queue: 'test.flaky', state: 'failed', attempts: 2, lastError: 'SMTP refused the connection' },
      after: { queue: 'test.flaky', state: 'queued', attempts: 0 },
    });
    // The audit log names the job and links to its queue on the jobs page.
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/admin/audit?entityType=job&entityId=${id}`,
      as: admin,
    });
    expect(audit.json().items[0].record).toEqual({ path: '/admin/jobs?queue=test.flaky', label: `test.flaky #${id}` });

    const seen: unknown[] = [];
    const worker = startWorker(ctx, [{ queue: 'test.flaky', run: async (_c, p) => void seen.push(p) }], {
      autostart: false,
    });
    expect(await worker.drain()).toBe(1);
    await worker.stop();
    expect(seen).toEqual([{ to: 'person@example.test' }]);
    const [row] = await db().select().from(jobs).where(eq(jobs.id, id));
    expect(row).toMatchObject({ state: 'done', attempts: 1, lastError: null });
  });

  it('refuses a job that has not failed with 409 job_not_failed, an unknown one with 404, a bad id with 400', async () => {
    const queued = (await enqueueJob(db(), 'test.echo'))!;
    const res = await retry(queued);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'job_not_failed', details: { state: 'queued' } });
    // Retrying twice: the second finds it queued.
    const failed = await failedJob();
    expect((await retry(failed)).statusCode).toBe(200);
    expect((await retry(failed)).json().error.code).toBe('job_not_failed');
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'job.retry'), eq(auditLog.entityId, String(failed)))),
    ).toHaveLength(1);

    const missing = await retry(987654321);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    expect((await retry('abc')).statusCode).toBe(400);
  });
});

describe('abilities and contract', () => {
  it('tells the web app who may see the jobs page', async () => {
    const me = async (as: TestUser) =>
      (await t.request({ method: 'GET', url: '/api/v1/me', as })).json().abilities.admin.jobs;
    expect(await me(admin)).toBe(true);
    expect(await me(staff)).toBe(false);
  });

  it('names the same job states as the queue', () => {
    expect([...JOB_STATE_VALUES]).toEqual([...JOB_STATES]);
  });
});
