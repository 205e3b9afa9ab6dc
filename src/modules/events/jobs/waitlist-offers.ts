import type { FastifyBaseLogger } from 'fastify';
import { and, eq, lte } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client';
import { eventRegistrations } from '../../../platform/db/schema';
import { lockEvent } from '../repo';
import { promoteWaitlist } from '../commands/promote-waitlist';
import { enqueueRegistrationMail } from '../registration-mail';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TJobDefinition } from '../../../platform/jobs/queue';

/** What one run did: offers expired and new offers made, and the events that failed (logged, retried next run). */
export interface TOfferRun {
  expired: number;
  offered: number;
  failed: number;
}

/**
 * Expires the waiting-list offers that lapsed by `now` and offers the seats to the next in line, one event per
 * transaction under the event's lock. Events another process is working on are skipped (FOR UPDATE SKIP LOCKED)
 * and picked up on the next run, so the job is safe in every app process. An event that fails (its transaction is
 * rolled back) is logged and the run goes on with the others; the next run tries it again.
 */
export async function expireOffersAndPromote(
  db: Db,
  now: Date,
  opts: { publicUrl: string; batch?: number; log?: Pick<FastifyBaseLogger, 'error'> },
): Promise<TOfferRun> {
  const due = await db
    .selectDistinct({ eventId: eventRegistrations.eventId })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.status, 'offered'), lte(eventRegistrations.offerExpiresAt, now)))
    .limit(opts.batch ?? 50);
  const run: TOfferRun = { expired: 0, offered: 0, failed: 0 };
  for (const { eventId } of due) {
    try {
      const done = await db.transaction((tx) => expireAndPromoteEvent(tx, eventId, now, opts.publicUrl));
      run.expired += done.expired;
      run.offered += done.offered;
    } catch (err) {
      run.failed += 1;
      opts.log?.error({ err, eventId }, 'waiting-list offers failed for an event; the others go on');
    }
  }
  return run;
}

/** One event's part of the run, in its own transaction under the event's lock. */
async function expireAndPromoteEvent(
  tx: Tx,
  eventId: string,
  now: Date,
  publicUrl: string,
): Promise<Omit<TOfferRun, 'failed'>> {
  const locked = await lockEvent(tx, eventId, { skipLocked: true });
  if (!locked) return { expired: 0, offered: 0 };
  // Re-read under the lock: an offer accepted meanwhile is no longer due.
  const lapsed = await tx
    .update(eventRegistrations)
    .set({ status: 'expired', offerExpiresAt: null, waitlistRank: null, updatedAt: now })
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.status, 'offered'),
        lte(eventRegistrations.offerExpiresAt, now),
      ),
    )
    .returning({ id: eventRegistrations.id });
  for (const { id } of lapsed) {
    await writeAudit(tx, null, {
      action: 'registration.offer_expired',
      entityType: 'event_registration',
      entityId: id,
      after: { status: 'expired' },
    });
    await enqueueRegistrationMail(tx, { kind: 'registration_offer_expired', registrationId: id, publicUrl, now });
  }
  const relocked = await lockEvent(tx, eventId);
  const offered = relocked ? (await promoteWaitlist(tx, relocked, now, publicUrl)).length : 0;
  return { expired: lapsed.length, offered };
}

/** Every minute, in one process at a time (platform/jobs/queue.ts). */
export const waitlistOffersJob: TJobDefinition = {
  queue: 'events.waitlist-offers',
  everyMs: 60_000,
  run: async (ctx) => {
    await expireOffersAndPromote(ctx.db, ctx.clock(), { publicUrl: ctx.publicUrl, log: ctx.log });
  },
};
