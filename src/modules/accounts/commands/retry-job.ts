import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { jobs } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';

export interface RetryJobOptions {
  db: Db;
  actor: TActor;
  jobId: number;
}

/**
 * Puts a failed job back on its queue, due now, with its attempts counted from zero (the last error stays until the
 * next run replaces it). Refused (409) for a job that has not failed, and for one whose work is already pending again:
 * a periodic job that finally failed has its next run queued under the same singleton key, and two pending jobs of one
 * key are what the key exists to prevent.
 */
export async function retryJob(opts: RetryJobOptions) {
  return opts.db.transaction(async (tx) => {
    const [before] = await tx.select().from(jobs).where(eq(jobs.id, opts.jobId)).for('update');
    if (!before) throw notFound('Job');
    if (before.state !== 'failed') {
      throw new AppError('job_not_failed', `Only a failed job can be retried; this one is ${before.state}`, {
        state: before.state,
      });
    }
    if (before.singletonKey !== null) {
      const [pending] = await tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(
          and(
            eq(jobs.queue, before.queue),
            eq(jobs.singletonKey, before.singletonKey),
            inArray(jobs.state, ['queued', 'active']),
            ne(jobs.id, before.id),
          ),
        )
        .limit(1);
      if (pending) {
        throw new AppError('job_already_pending', 'A job doing the same work is already queued or running', {
          pendingId: pending.id,
        });
      }
    }
    const [after] = await tx
      .update(jobs)
      .set({ state: 'queued', attempts: 0, runAt: sql`now()`, lockedUntil: null, finishedAt: null })
      .where(eq(jobs.id, opts.jobId))
      .returning();
    await writeAudit(tx, opts.actor, {
      action: 'job.retry',
      entityType: 'job',
      entityId: String(opts.jobId),
      before: { queue: before.queue, state: before.state, attempts: before.attempts, lastError: before.lastError },
      after: { queue: after!.queue, state: after!.state, attempts: after!.attempts },
    });
    return after!;
  });
}
