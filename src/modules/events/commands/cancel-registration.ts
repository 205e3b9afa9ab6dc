import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventRegistrations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { AppError } from '../../../platform/errors';
import { cancellationAllowed } from '../../../domain/events/certificates';
import { writeAudit } from '../../../platform/audit/write-audit';
import { enqueueRegistrationMail } from '../registration-mail';
import { lockEventOrThrow } from '../repo';
import { promoteWaitlist } from './promote-waitlist';
import { requireStatus, withLockedRegistration } from '../locked-registration';

export interface CancelRegistrationOptions {
  db: Db;
  actor: TActor;
  registrationId: string;
  reason: string | null;
  now: Date;
  publicUrl: string;
}

/**
 * Cancels a registration: by the registrant until the event's deadline (hours before the first session), by
 * staff at any time. The freed seats go to the waiting list in the same transaction; the registrant is e-mailed.
 */
export async function cancelRegistration(opts: CancelRegistrationOptions): Promise<void> {
  const { actor, now } = opts;
  await withLockedRegistration(opts.db, opts.registrationId, async (tx, registration, locked) => {
    requireStatus(registration, ['pending', 'confirmed', 'offered', 'waitlisted'], 'cancel');
    const byStaff = isStaff(actor);
    if (
      !cancellationAllowed({
        now,
        firstStartsAt: locked.firstStartsAt,
        deadlineHours: locked.row.cancellationDeadlineHours,
        byStaff,
      })
    ) {
      throw new AppError(
        'cancellation_deadline_passed',
        `Registrations can be cancelled until ${locked.row.cancellationDeadlineHours} hours before the start; ask the hub's team`,
        { deadlineHours: locked.row.cancellationDeadlineHours },
      );
    }
    await tx
      .update(eventRegistrations)
      .set({ status: 'cancelled', offerExpiresAt: null, waitlistRank: null, reason: opts.reason, updatedAt: now })
      .where(eq(eventRegistrations.id, registration.id));
    await writeAudit(tx, actor, {
      action: 'registration.cancel',
      entityType: 'event_registration',
      entityId: registration.id,
      before: { status: registration.status },
      after: { status: 'cancelled', reason: opts.reason, byStaff },
    });
    await enqueueRegistrationMail(tx, {
      kind: 'registration_cancelled',
      registrationId: registration.id,
      publicUrl: opts.publicUrl,
      now,
      reason: opts.reason,
    });
    await promoteWaitlist(tx, await lockEventOrThrow(tx, locked.row.id), now, opts.publicUrl);
  });
}
