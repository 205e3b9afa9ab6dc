import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventRegistrations, events } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockEventOrThrow } from '../repo';

/** Deletes an event that nobody has registered for; with registrations, cancel it instead (409). */
export async function deleteEvent(opts: { db: Db; actor: TActor; eventId: string }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const locked = await lockEventOrThrow(tx, opts.eventId);
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, opts.eventId));
    if (n > 0)
      throw new AppError('conflict', `The event has ${n} registrations; it cannot be deleted`, { registrations: n });
    await tx.delete(events).where(eq(events.id, opts.eventId));
    await writeAudit(tx, opts.actor, {
      action: 'event.delete',
      entityType: 'event',
      entityId: opts.eventId,
      before: locked.row,
    });
  });
}
