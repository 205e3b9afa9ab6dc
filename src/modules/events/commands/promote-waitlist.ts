import { inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client';
import { eventRegistrations } from '../../../platform/db/schema';
import { offerExpiry, offersToMake } from '../../../domain/events/waitlist';
import { writeAudit } from '../../../platform/audit/write-audit';
import { enqueueRegistrationMail } from '../registration-mail';
import type { TLockedEvent } from '../repo';

/**
 * Passes freed seats on: offers them to the first in line (strictly in rank order, whole parties only) and
 * e-mails each an offer with one-click accept/decline links. The offered seats are held until the offer
 * expires. Call it under the event lock, after the change that freed the seats, with `held` re-read.
 */
export async function promoteWaitlist(tx: Tx, locked: TLockedEvent, now: Date, publicUrl: string): Promise<string[]> {
  // Offers are only worth making while the event has not started.
  if (locked.firstStartsAt && locked.firstStartsAt <= now) return [];
  const ids = offersToMake({ capacity: locked.capacity, held: locked.held, waitlist: locked.waitlist });
  if (!ids.length) return [];
  const expiresAt = offerExpiry(now, locked.row.offerHoldHours, locked.firstStartsAt);
  await tx
    .update(eventRegistrations)
    .set({ status: 'offered', offerExpiresAt: expiresAt, updatedAt: now })
    .where(inArray(eventRegistrations.id, ids));
  for (const id of ids) {
    await writeAudit(tx, null, {
      action: 'registration.offer',
      entityType: 'event_registration',
      entityId: id,
      before: { status: 'waitlisted' },
      after: { status: 'offered', offerExpiresAt: expiresAt.toISOString() },
    });
    await enqueueRegistrationMail(tx, { kind: 'registration_offered', registrationId: id, publicUrl, now });
  }
  return ids;
}
