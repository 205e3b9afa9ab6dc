import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { bookings } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { enqueueBookingMail } from '../booking-mail';
import { lockBooking } from '../repo';

export interface DecideBookingOptions {
  db: Db;
  actor: TActor;
  bookingId: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  now: Date;
  publicUrl: string;
}

/**
 * Staff approve or reject a pending booking. A rejected booking stops being active, which frees its time (the
 * exclusion constraint only covers pending and confirmed bookings).
 */
export async function decideBooking(opts: DecideBookingOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const row = await lockBooking(tx, opts.bookingId);
    if (row.status !== 'pending')
      throw new AppError('invalid_transition', `Only a pending booking can be decided; this one is ${row.status}`);
    const status = opts.decision === 'approve' ? 'confirmed' : 'rejected';
    const reason = opts.decision === 'reject' ? opts.reason : null;
    await tx.update(bookings).set({ status, reason, updatedAt: opts.now }).where(eq(bookings.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: `booking.${opts.decision}`,
      entityType: 'booking',
      entityId: row.id,
      before: { status: row.status },
      after: { status, reason },
    });
    await enqueueBookingMail(tx, {
      kind: opts.decision === 'approve' ? 'booking_approved' : 'booking_rejected',
      bookingId: row.id,
      publicUrl: opts.publicUrl,
      now: opts.now,
      reason,
    });
  });
}
