import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { bookings, resources, serviceDeliveries } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError } from '../../../platform/errors';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';
import { aidAmount, reportedNationalShare } from '../../../domain/state-aid/aid';
import { grantAidOnAcceptance } from '../../aid/public';
import { loadAidSettings } from '../../aid/public';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockBooking } from '../repo';
import { technologyLabel } from '../../services/public';

export interface RecordBookingDeliveryOptions {
  db: Db;
  actor: TActor;
  bookingId: string;
  now: Date;
}

/** The Commission's technology area of a resource kind. */
const TECHNOLOGY = {
  cyber_range: 'cybersecurity',
  hpc: 'hpc',
  lab_equipment: 'iot',
  meeting_room: 'other',
  shared_desk: 'other',
} as const;

/** Money for a booked time: the hourly amount × the booked minutes, rounded to the cent. */
export const amountForMinutes = (perHourCents: number, minutes: number) => Math.round((perHourCents * minutes) / 60);

/**
 * Records a confirmed booking that has ended as a "test before invest" delivery (value = hours × the resource's
 * value per hour, price = hours × its price per hour) and grants its aid dated on the booking's Sofia day, in one
 * transaction: 409 aid_ceiling_exceeded / declaration_required leave nothing behind. Once only.
 */
export async function recordBookingDelivery(opts: RecordBookingDeliveryOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const row = await lockBooking(tx, opts.bookingId);
    if (row.status !== 'confirmed')
      throw new AppError('invalid_transition', 'Only a confirmed booking can be recorded as a delivery');
    if (row.endsAt > opts.now)
      throw new AppError('invalid_transition', 'A booking is recorded as a delivery after it has ended');
    if (row.deliveryId) throw new AppError('conflict', 'This booking is already recorded as a delivery');
    const [resource] = await tx.select().from(resources).where(eq(resources.id, row.resourceId));
    const minutes = Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000) * row.seats;
    const valueCents = amountForMinutes(resource.valuePerHourCents, minutes);
    const pricePaidCents = amountForMinutes(resource.pricePerHourCents, minutes);
    const basis = resource.aidBasis as 'de_minimis' | 'gber' | 'none';
    const aidCents = basis === 'none' ? 0 : aidAmount({ marketValue: valueCents, pricePaid: pricePaidCents });
    const day = calendarDateInSofia(row.startsAt);
    const description = `${resource.titleEn}: ${minutes / 60} h`;
    // No-aid resources (a PSO's public capacity) record the delivery without a grant.
    if (basis !== 'none') {
      await grantAidOnAcceptance(tx, {
        organisationId: row.organisationId,
        requestId: null,
        serviceId: null,
        description,
        amountCents: aidCents,
        grantDate: day,
        basis,
        gberArticle: resource.gberArticle,
        noAidReason: resource.noAidReason,
        actor: opts.actor,
      });
    }
    const { nationalSharePercent } = await loadAidSettings(tx);
    const values = {
      requestId: null,
      organisationId: row.organisationId,
      serviceId: null,
      category: 'test_before_invest',
      description,
      technology: technologyLabel(TECHNOLOGY[resource.kind as keyof typeof TECHNOLOGY] ?? 'other'),
      startDate: day,
      endDate: calendarDateInSofia(new Date(row.endsAt.getTime() - 1)),
      attendees: 1,
      valueCents,
      pricePaidCents,
      aidBasis: basis,
      gberArticle: resource.gberArticle,
      noAidReason: resource.noAidReason,
      aidCents,
      nationalShareCents: reportedNationalShare(aidCents, nationalSharePercent),
      recordedBy: opts.actor.userId,
      recordedAt: opts.now,
    };
    const [delivery] = await tx.insert(serviceDeliveries).values(values).returning({ id: serviceDeliveries.id });
    await tx.update(bookings).set({ deliveryId: delivery.id, updatedAt: opts.now }).where(eq(bookings.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: 'booking.record_delivery',
      entityType: 'booking',
      entityId: row.id,
      after: { deliveryId: delivery.id, ...values },
    });
  });
}
