import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { requestEvents, serviceFeedback, serviceRequests } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockRequest } from '../repo';

export interface GiveFeedbackOptions {
  db: Db;
  actor: TActor;
  requestId: string;
  rating: number;
  comment: string | null;
  now: Date;
}

/** The customer's rating of a delivered service: once per request, after delivery. */
export async function giveFeedback(opts: GiveFeedbackOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const row = await lockRequest(tx, opts.requestId);
    if (row.status !== 'delivered' && row.status !== 'closed') {
      throw new AppError('conflict', 'Feedback is given once the service has been delivered');
    }
    const [existing] = await tx
      .select({ at: serviceFeedback.createdAt })
      .from(serviceFeedback)
      .where(eq(serviceFeedback.requestId, row.id));
    if (existing) throw new AppError('conflict', 'Feedback for this request has already been given');
    const comment = opts.comment?.trim() || null;
    await tx
      .insert(serviceFeedback)
      .values({ requestId: row.id, rating: opts.rating, comment, givenBy: opts.actor.userId, createdAt: opts.now });
    await tx
      .insert(requestEvents)
      .values({ requestId: row.id, at: opts.now, actorId: opts.actor.userId, kind: 'feedback', body: comment });
    await tx.update(serviceRequests).set({ updatedAt: opts.now }).where(eq(serviceRequests.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: 'request.feedback',
      entityType: 'service_request',
      entityId: row.id,
      after: { rating: opts.rating, comment },
    });
  });
}
