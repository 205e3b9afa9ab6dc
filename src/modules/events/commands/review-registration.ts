import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventRegistrations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { enqueueRegistrationMail } from '../registration-mail';
import { lockEventOrThrow } from '../repo';
import { promoteWaitlist } from './promote-waitlist';
import { requireStatus, withLockedRegistration } from '../locked-registration';

export interface ReviewRegistrationOptions {
  db: Db;
  actor: TActor;
  registrationId: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  now: Date;
  publicUrl: string;
}

/**
 * Staff decide a pending registration (events that require approval). The seats were held while pending, so an
 * approval only confirms them; a rejection frees them for the waiting list.
 */
export async function reviewRegistration(opts: ReviewRegistrationOptions): Promise<void> {
  const { now } = opts;
  await withLockedRegistration(opts.db, opts.registrationId, async (tx, registration, locked) => {
    requireStatus(registration, ['pending'], opts.decision);
    const status = opts.decision === 'approve' ? 'confirmed' : 'rejected';
    await tx
      .update(eventRegistrations)
      .set({ status, reason: opts.reason, updatedAt: now })
      .where(eq(eventRegistrations.id, registration.id));
    await writeAudit(tx, opts.actor, {
      action: `registration.${opts.decision}`,
      entityType: 'event_registration',
      entityId: registration.id,
      before: { status: registration.status },
      after: { status, reason: opts.reason },
    });
    await enqueueRegistrationMail(tx, {
      kind: status === 'confirmed' ? 'registration_confirmed' : 'registration_rejected',
      registrationId: registration.id,
      publicUrl: opts.publicUrl,
      now,
      reason: opts.reason,
    });
    if (status === 'rejected')
      await promoteWaitlist(tx, await lockEventOrThrow(tx, locked.row.id), now, opts.publicUrl);
  });
}
