import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventRegistrations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { fieldError } from '../../../platform/errors';
import { reorderWaitlist as planReorder, waitlistPositions } from '../../../domain/events/waitlist';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockEventOrThrow } from '../repo';
import { promoteWaitlist } from './promote-waitlist';

export interface ReorderWaitlistOptions {
  db: Db;
  actor: TActor;
  eventId: string;
  registrationId: string;
  /** The registration to place it before; null moves it to the end. */
  beforeRegistrationId: string | null;
  reason: string;
  now: Date;
  publicUrl: string;
}

/**
 * Staff move someone on the waiting list, with a reason kept in the audit log (old and new position). Moving a
 * party that fits to the head of the list may let it be offered at once, so the list is promoted afterwards.
 */
export async function reorderWaitlist(opts: ReorderWaitlistOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const locked = await lockEventOrThrow(tx, opts.eventId);
    const ids = new Set(locked.waitlist.map((w) => w.id));
    if (!ids.has(opts.registrationId))
      throw fieldError('registrationId', 'Not on the waiting list of this event', 'not_waitlisted');
    if (opts.beforeRegistrationId && !ids.has(opts.beforeRegistrationId)) {
      throw fieldError('beforeRegistrationId', 'Not on the waiting list of this event', 'not_waitlisted');
    }
    const before = waitlistPositions(locked.waitlist).get(opts.registrationId);
    const changes = planReorder(locked.waitlist, opts.registrationId, opts.beforeRegistrationId);
    for (const change of changes) {
      await tx
        .update(eventRegistrations)
        .set({ waitlistRank: change.rank, updatedAt: opts.now })
        .where(and(eq(eventRegistrations.id, change.id), eq(eventRegistrations.eventId, opts.eventId)));
    }
    const relocked = await lockEventOrThrow(tx, opts.eventId);
    const after = waitlistPositions(relocked.waitlist).get(opts.registrationId);
    await writeAudit(tx, opts.actor, {
      action: 'registration.reorder',
      entityType: 'event_registration',
      entityId: opts.registrationId,
      before: { position: before },
      after: { position: after, beforeRegistrationId: opts.beforeRegistrationId, reason: opts.reason },
    });
    await promoteWaitlist(tx, relocked, opts.now, opts.publicUrl);
  });
}
