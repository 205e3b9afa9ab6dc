import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { serviceDeliveries, services } from '../../../platform/db/schema';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';

export interface TServiceBetween {
  id: string;
  title: string;
  deliveredAt: string;
}

/**
 * The services an organisation received between two assessments — the join point with the services capability:
 * its deliveries whose end date lies after the day of `from` and up to the day of `to` (from < end date ≤ to, as
 * Sofia calendar days, since a delivery is dated by day), oldest first. The title is the catalogue service's
 * (Bulgarian, the hub's language), or the delivery's own description when it came from outside the catalogue.
 */
export async function listServicesBetween(
  executor: Executor,
  organisationId: string,
  from: Date,
  to: Date,
): Promise<TServiceBetween[]> {
  const rows = await executor
    .select({
      id: serviceDeliveries.id,
      description: serviceDeliveries.description,
      endDate: serviceDeliveries.endDate,
      title: services.titleBg,
    })
    .from(serviceDeliveries)
    .leftJoin(services, eq(services.id, serviceDeliveries.serviceId))
    .where(
      and(
        eq(serviceDeliveries.organisationId, organisationId),
        gt(serviceDeliveries.endDate, calendarDateInSofia(from)),
        lte(serviceDeliveries.endDate, calendarDateInSofia(to)),
      ),
    )
    .orderBy(asc(serviceDeliveries.endDate), asc(serviceDeliveries.id));
  return rows.map((r) => ({ id: r.id, title: r.title ?? r.description, deliveredAt: r.endDate }));
}
