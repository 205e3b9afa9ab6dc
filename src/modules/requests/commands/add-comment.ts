import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { requestEvents, serviceRequests } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { assertOpenForWork, lockRequest } from '../repo';

/** Adds a comment to the request's timeline (the conversation between the customer, the hub and the expert). */
export async function addComment(opts: {
  db: Db;
  actor: TActor;
  requestId: string;
  body: string;
  now: Date;
}): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const row = await lockRequest(tx, opts.requestId);
    assertOpenForWork(row);
    const [event] = await tx
      .insert(requestEvents)
      .values({ requestId: row.id, at: opts.now, actorId: opts.actor.userId, kind: 'comment', body: opts.body })
      .returning({ id: requestEvents.id });
    await tx.update(serviceRequests).set({ updatedAt: opts.now }).where(eq(serviceRequests.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: 'request.comment',
      entityType: 'service_request',
      entityId: row.id,
      after: { eventId: event.id, body: opts.body },
    });
  });
}
