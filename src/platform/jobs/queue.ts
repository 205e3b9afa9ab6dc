/**
 * The job queue: all background work of every app process, in the database the app already has (PGlite or
 * PostgreSQL). Why our own and not pg-boss: on the embedded database there is one connection, shared with the
 * app, and pg-boss opens transactions of its own across several calls; and a job enqueued here can be written in
 * the same transaction as the business change that causes it (like the mail outbox), so it exists if and only if
 * the change committed. Jobs are claimed with FOR UPDATE SKIP LOCKED (each runs in one process only), retried with
 * exponential backoff, and recovered when a process dies holding one (its lock expires). The federation issue
 * can wrap it as Fedify's MessageQueue (enqueue with a delay, listen with a handler). docs/OPERATIONS.md says more.
 */
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { rowsOf } from '../db/sql-helpers';

export const JOB_STATES = ['queued', 'active', 'done', 'failed'] as const;
export type TJobState = (typeof JOB_STATES)[number];

export interface TJobRunContext {
  db: Db;
  publicUrl: string;
  log: Pick<FastifyBaseLogger, 'error' | 'info'>;
  clock: () => Date;
}

/** A kind of job: its queue name, what it does, and — for periodic work — how often it runs. */
export interface TJobDefinition {
  /** `<capability>.<job>`, e.g. `events.waitlist-offers`. */
  queue: string;
  run: (ctx: TJobRunContext, payload: unknown) => Promise<void>;
  /** Periodic: one run at a time across all processes, the next `everyMs` after the last one finished. */
  everyMs?: number;
  maxAttempts?: number;
  /** First retry delay; doubled per attempt, at most an hour. */
  retryDelayMs?: number;
  /** How long a process may hold a job before another may take it over (it is presumed dead). */
  lockMs?: number;
}

export interface TEnqueueOptions {
  delayMs?: number;
  /** While a job with this key is queued or running in the queue, enqueueing another is a no-op. */
  singletonKey?: string;
  maxAttempts?: number;
}

/** Adds a job; inside a transaction it exists only if the transaction commits. Returns its id (null: a duplicate). */
export async function enqueueJob(
  executor: Executor,
  queue: string,
  payload: unknown = {},
  opts: TEnqueueOptions = {},
): Promise<number | null> {
  const rows = rowsOf<{ id: number }>(
    await executor.execute(sql`
      INSERT INTO jobs (queue, payload, run_at, singleton_key, max_attempts)
      VALUES (${queue}, ${JSON.stringify(payload)}::jsonb, now() + ${opts.delayMs ?? 0} * interval '1 millisecond',
              ${opts.singletonKey ?? null}, ${opts.maxAttempts ?? 5})
      ON CONFLICT (queue, singleton_key) WHERE singleton_key IS NOT NULL AND state IN ('queued', 'active') DO NOTHING
      RETURNING id`),
  );
  return rows[0] ? Number(rows[0].id) : null;
}

interface TClaimed {
  id: number;
  queue: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

const PERIODIC_KEY = 'periodic';

/** Delay before retry number `attempt` (1-based): base, 2×base, 4×base … capped at an hour. */
export function retryDelay(attempt: number, baseMs = 5_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

async function claim(db: Db, queues: readonly string[], lockMs: number): Promise<TClaimed | null> {
  const rows = rowsOf<TClaimed>(
    await db.execute(sql`
      UPDATE jobs SET state = 'active', attempts = attempts + 1,
             locked_until = now() + ${lockMs} * interval '1 millisecond'
      WHERE id = (
        SELECT id FROM jobs
        WHERE queue IN (${sql.join(
          queues.map((q) => sql`${q}`),
          sql`, `,
        )})
          AND run_at <= now()
          AND (state = 'queued' OR (state = 'active' AND locked_until < now()))
        ORDER BY run_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
      RETURNING id, queue, payload, attempts, max_attempts`),
  );
  return rows[0] ? { ...rows[0], id: Number(rows[0].id) } : null;
}

async function finish(db: Db, job: TClaimed, def: TJobDefinition, error: unknown): Promise<void> {
  await db.transaction(async (tx) => {
    const message = error === undefined ? null : error instanceof Error ? error.message : String(error);
    const retry = message !== null && job.attempts < job.max_attempts;
    if (retry) {
      const delay = retryDelay(job.attempts, def.retryDelayMs);
      await tx.execute(sql`
        UPDATE jobs SET state = 'queued', locked_until = NULL, last_error = ${message.slice(0, 2000)},
               run_at = now() + ${delay} * interval '1 millisecond'
        WHERE id = ${job.id}`);
      return;
    }
    await tx.execute(sql`
      UPDATE jobs SET state = ${message === null ? 'done' : 'failed'}, locked_until = NULL, finished_at = now(),
             last_error = ${message === null ? null : message.slice(0, 2000)}
      WHERE id = ${job.id}`);
    // Periodic work goes on whether this run succeeded or finally failed.
    if (def.everyMs) await enqueueJob(tx, def.queue, {}, { delayMs: def.everyMs, singletonKey: PERIODIC_KEY });
  });
}

export interface TWorker {
  /** Stops taking jobs and waits for the running one to end. */
  stop(): Promise<void>;
  /** Runs due jobs until none is left (tests). */
  drain(): Promise<number>;
}

/**
 * Runs jobs of the given kinds in this process, one at a time, polling every `pollMs` when idle. Every process
 * may run one: SKIP LOCKED hands each job to one of them.
 */
export function startWorker(
  ctx: TJobRunContext,
  definitions: readonly TJobDefinition[],
  opts: { pollMs?: number; autostart?: boolean } = {},
): TWorker {
  const byQueue = new Map(definitions.map((d) => [d.queue, d]));
  if (byQueue.size !== definitions.length) throw new Error('Two job definitions share a queue name');
  const queues = [...byQueue.keys()];
  const lockMs = Math.max(...definitions.map((d) => d.lockMs ?? 5 * 60_000), 1000);
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const runOne = async (): Promise<boolean> => {
    const job = await claim(ctx.db, queues, lockMs);
    if (!job) return false;
    const def = byQueue.get(job.queue)!;
    let error: unknown;
    try {
      if (job.attempts > job.max_attempts) throw new Error('abandoned by a process that stopped while running it');
      await def.run(ctx, job.payload);
    } catch (err) {
      error = err ?? new Error('failed');
      ctx.log.error({ err, queue: job.queue, jobId: job.id, attempt: job.attempts }, 'job failed');
    }
    await finish(ctx.db, job, def, error);
    return true;
  };

  const drain = async (): Promise<number> => {
    let n = 0;
    while (!stopped && (await runOne())) n++;
    return n;
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      current = drain()
        .catch((err) => ctx.log.error({ err }, 'job worker failed'))
        .finally(() => schedule(opts.pollMs ?? 1000));
    }, delay);
    timer.unref();
  };

  const periodic = definitions.filter((d) => d.everyMs);
  const ready = Promise.all(periodic.map((d) => enqueueJob(ctx.db, d.queue, {}, { singletonKey: PERIODIC_KEY }))).catch(
    (err) => ctx.log.error({ err }, 'scheduling periodic jobs failed'),
  );
  if (opts.autostart !== false) void ready.then(() => schedule(0));

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current.catch(() => undefined);
    },
    async drain() {
      await ready;
      return drain();
    },
  };
}

/** Jobs per queue and state, for the admin page and the metrics. */
export async function jobCounts(db: Db): Promise<{ queue: string; state: TJobState; count: number }[]> {
  const rows = rowsOf<{ queue: string; state: TJobState; count: string | number }>(
    await db.execute(sql`SELECT queue, state, count(*) AS count FROM jobs GROUP BY queue, state ORDER BY queue, state`),
  );
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Finished jobs older than `keepMs` are deleted (periodic work leaves one row per run). */
export async function pruneJobs(db: Db, keepMs = 7 * 24 * 3_600_000): Promise<number> {
  const rows = rowsOf(
    await db.execute(sql`
      DELETE FROM jobs WHERE state = 'done' AND finished_at < now() - ${keepMs} * interval '1 millisecond'
      RETURNING id`),
  );
  return rows.length;
}
