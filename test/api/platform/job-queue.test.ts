/** The job queue on the real database (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { cloneTestDatabase } from '../../support/test-db';
import type { Database } from '../../../src/platform/db/client';
import { rowsOf } from '../../../src/platform/db/sql-helpers';
import {
  enqueueJob,
  jobCounts,
  pruneJobs,
  retryDelay,
  startWorker,
  type TJobDefinition,
  type TJobRunContext,
} from '../../../src/platform/jobs/queue';

let database: Database;
let ctx: TJobRunContext;
const silent = { error: () => undefined, info: () => undefined } as unknown as TJobRunContext['log'];

beforeAll(async () => {
  database = await cloneTestDatabase();
  ctx = { db: database.db, publicUrl: 'http://edihub.test', log: silent, clock: () => new Date() };
});
afterAll(async () => {
  await database.close();
});
beforeEach(async () => {
  await database.db.execute(sql`DELETE FROM jobs`);
});

const jobRows = async () =>
  rowsOf<{ queue: string; state: string; attempts: number; last_error: string | null; payload: unknown }>(
    await database.db.execute(sql`SELECT queue, state, attempts, last_error, payload FROM jobs ORDER BY id`),
  );

function recorder(queue: string, extra: Partial<TJobDefinition> = {}) {
  const seen: unknown[] = [];
  const def: TJobDefinition = { queue, run: async (_c, payload) => void seen.push(payload), ...extra };
  return { def, seen };
}

describe('job queue', () => {
  it('runs an enqueued job once, with its payload, and records it as done', async () => {
    const { def, seen } = recorder('test.echo');
    await enqueueJob(database.db, 'test.echo', { n: 1 });
    const worker = startWorker(ctx, [def], { autostart: false });
    expect(await worker.drain()).toBe(1);
    expect(await worker.drain()).toBe(0);
    await worker.stop();
    expect(seen).toEqual([{ n: 1 }]);
    expect((await jobRows()).map((r) => [r.state, r.attempts])).toEqual([['done', 1]]);
  });

  it('keeps no job of a transaction that rolled back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueJob(tx, 'test.echo', { n: 2 });
        throw new Error('business rule refused');
      }),
    ).rejects.toThrow('business rule refused');
    expect(await jobRows()).toEqual([]);
  });

  it('retries a failing job with backoff, then marks it failed with the last error', async () => {
    let calls = 0;
    const def: TJobDefinition = {
      queue: 'test.flaky',
      retryDelayMs: 0,
      run: async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    };
    await enqueueJob(database.db, 'test.flaky', {}, { maxAttempts: 3 });
    const worker = startWorker(ctx, [def], { autostart: false });
    await worker.drain();
    await worker.stop();
    expect(calls).toBe(3);
    expect(await jobRows()).toMatchObject([{ state: 'failed', attempts: 3, last_error: 'boom 3' }]);
    expect([1, 2, 3, 20].map((a) => retryDelay(a, 1000))).toEqual([1000, 2000, 4000, 3_600_000]);
  });

  it('waits out the backoff before the next attempt', async () => {
    const def: TJobDefinition = {
      queue: 'test.later',
      retryDelayMs: 60_000,
      run: async () => {
        throw new Error('not yet');
      },
    };
    await enqueueJob(database.db, 'test.later');
    const worker = startWorker(ctx, [def], { autostart: false });
    expect(await worker.drain()).toBe(1);
    await worker.stop();
    const [row] = rowsOf<{ state: string; due_in: number }>(
      await database.db.execute(
        sql`SELECT state, extract(epoch FROM run_at - now())::float AS due_in FROM jobs WHERE queue = 'test.later'`,
      ),
    );
    expect(row!.state).toBe('queued');
    expect(Number(row!.due_in)).toBeGreaterThan(50);
  });

  it('adds a job with a singleton key only once while it is pending', async () => {
    expect(await enqueueJob(database.db, 'test.echo', {}, { singletonKey: 'k' })).toBeTypeOf('number');
    expect(await enqueueJob(database.db, 'test.echo', {}, { singletonKey: 'k' })).toBeNull();
    expect(await jobRows()).toHaveLength(1);
  });

  it('hands each job to exactly one of two workers running at once', async () => {
    const runs = new Map<number, number>();
    const def: TJobDefinition = {
      queue: 'test.count',
      run: async (_c, payload) => {
        const n = (payload as { n: number }).n;
        runs.set(n, (runs.get(n) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 2));
      },
    };
    for (let n = 0; n < 40; n++) await enqueueJob(database.db, 'test.count', { n });
    const a = startWorker(ctx, [def], { autostart: false });
    const b = startWorker(ctx, [def], { autostart: false });
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    await Promise.all([a.stop(), b.stop()]);
    expect(ranA + ranB).toBe(40);
    expect([...runs.values()].every((c) => c === 1)).toBe(true);
    expect(runs.size).toBe(40);
  });

  it('takes over a job whose process died holding it', async () => {
    const { def, seen } = recorder('test.orphan');
    await enqueueJob(database.db, 'test.orphan', { n: 3 });
    await database.db.execute(
      sql`UPDATE jobs SET state = 'active', attempts = 1, locked_until = now() - interval '1 second'`,
    );
    const worker = startWorker(ctx, [def], { autostart: false });
    expect(await worker.drain()).toBe(1);
    await worker.stop();
    expect(seen).toEqual([{ n: 3 }]);
    expect(await jobRows()).toMatchObject([{ state: 'done', attempts: 2 }]);
  });

  it('keeps one pending run of a periodic job however many processes start, and schedules the next', async () => {
    const { def, seen } = recorder('test.tick', { everyMs: 3_600_000 });
    const a = startWorker(ctx, [def], { autostart: false });
    const b = startWorker(ctx, [def], { autostart: false });
    await Promise.all([a.drain(), b.drain()]);
    await Promise.all([a.stop(), b.stop()]);
    expect(seen).toHaveLength(1);
    expect((await jobRows()).map((r) => r.state)).toEqual(['done', 'queued']);
    const counts = await jobCounts(database.db);
    expect(counts).toEqual([
      { queue: 'test.tick', state: 'done', count: 1 },
      { queue: 'test.tick', state: 'queued', count: 1 },
    ]);
  });

  it('prunes finished jobs older than the retention', async () => {
    await enqueueJob(database.db, 'test.echo');
    await database.db.execute(sql`UPDATE jobs SET state = 'done', finished_at = now() - interval '8 days'`);
    await enqueueJob(database.db, 'test.echo');
    expect(await pruneJobs(database.db)).toBe(1);
    expect((await jobRows()).map((r) => r.state)).toEqual(['queued']);
  });
});
