import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { bookings, resources } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { AppError } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { enqueueBookingMail } from '../booking-mail';
import { cancellationAllowed } from '../policy';
import { lockBooking } from '../repo';

export interface CancelBookingOptions {
  db: Db;
  actor: TActor;
  bookingId: string;
  reason: string | null;
  now: Date;
  publicUrl: string;
}

/**
 * Cancels an active booking: the booking organisation's members until the resource's cancellation deadline, staff
 * at any time (409 after the deadline, naming it). A booking already recorded as a delivery is not cancelled (409
 * delivery_recorded): the delivery and its aid must be corrected first. The time becomes free at once.
 */
export async function cancelBooking(opts: CancelBookingOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const row = await lockBooking(tx, opts.bookingId);
    if (row.status !== 'pending' && row.status !== 'confirmed') {
      throw new AppError('invalid_transition', `The booking is already ${row.status}`);
    }
    if (row.deliveryId) {
      throw new AppError(
        'delivery_recorded',
        'This booking is recorded as a delivery (with its aid in the ledger); correct or remove that delivery first, then cancel the booking',
        { deliveryId: row.deliveryId },
      );
    }
    const [resource] = await tx
      .select({ cancellationHours: resources.cancellationHours })
      .from(resources)
      .where(eq(resources.id, row.resourceId));
    const facts = { ...row, cancellationHours: resource.cancellationHours };
    if (!cancellationAllowed(opts.actor, facts, opts.now)) {
      throw new AppError(
        'invalid_transition',
        `Bookings of this resource can be cancelled up to ${resource.cancellationHours} hours before the start; contact the hub's team`,
        { cancellationHours: resource.cancellationHours },
      );
    }
    await tx
      .update(bookings)
      .set({ status: 'cancelled', reason: opts.reason, updatedAt: opts.now })
      .where(eq(bookings.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: 'booking.cancel',
      entityType: 'booking',
      entityId: row.id,
      before: { status: row.status },
      after: { status: 'cancelled', reason: opts.reason, byStaff: isStaff(opts.actor) },
    });
    await enqueueBookingMail(tx, {
      kind: 'booking_cancelled',
      bookingId: row.id,
      publicUrl: opts.publicUrl,
      now: opts.now,
      reason: opts.reason,
    });
  });
}
