import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { events } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';

/** Publishes an event (visible to its audience) or takes it back to a draft. */
export async function setEventPublished(opts: {
  db: Db;
  actor: TActor;
  eventId: string;
  published: boolean;
  now: Date;
}): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const [row] = await tx
      .update(events)
      .set({ published: opts.published, updatedAt: opts.now })
      .where(eq(events.id, opts.eventId))
      .returning({ id: events.id });
    if (!row) throw notFound('Event');
    await writeAudit(tx, opts.actor, {
      action: 'event.publish',
      entityType: 'event',
      entityId: row.id,
      after: { published: opts.published },
    });
  });
}
