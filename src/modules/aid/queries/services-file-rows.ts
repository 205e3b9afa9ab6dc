import { and, asc, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationFigures, organisations, serviceDeliveries, serviceRequests } from '../../../platform/db/schema';
import type { TAidBasis } from '../../../domain/state-aid/aid';
import type { TServicesFileRow } from '../files/services-file';

/** One row per delivery whose end date lies in [from, to], oldest end date first, with the customer's registry data. */
export async function loadServicesFileRows(
  executor: Executor,
  period: { from: string; to: string },
): Promise<TServicesFileRow[]> {
  const rows = await executor
    .select({
      delivery: serviceDeliveries,
      customer: organisations.legalNameBg,
      type: organisations.type,
      nuts2: organisations.nuts2,
      city: organisations.city,
      oblast: organisations.oblast,
      requestStatus: serviceRequests.status,
    })
    .from(serviceDeliveries)
    .innerJoin(organisations, eq(organisations.id, serviceDeliveries.organisationId))
    .leftJoin(serviceRequests, eq(serviceRequests.id, serviceDeliveries.requestId))
    .where(and(gte(serviceDeliveries.endDate, period.from), lte(serviceDeliveries.endDate, period.to)))
    .orderBy(asc(serviceDeliveries.endDate), asc(serviceDeliveries.recordedAt), asc(serviceDeliveries.id));
  const orgIds = [...new Set(rows.map((r) => r.delivery.organisationId))];
  // The staff of the latest year on record per customer (the newest row comes first).
  const figures = orgIds.length
    ? await executor
        .select({ organisationId: organisationFigures.organisationId, staff: organisationFigures.staff })
        .from(organisationFigures)
        .where(inArray(organisationFigures.organisationId, orgIds))
        .orderBy(desc(organisationFigures.year))
    : [];
  const staffOf = new Map<string, number>();
  for (const f of figures) if (!staffOf.has(f.organisationId)) staffOf.set(f.organisationId, Number(f.staff));

  return rows.map(({ delivery: d, ...r }) => ({
    contentId: d.id,
    customer: r.customer,
    organisationType: r.type,
    nuts2: r.nuts2,
    city: r.city,
    oblast: r.oblast,
    staff: staffOf.get(d.organisationId) ?? null,
    category: d.category,
    description: d.description,
    technology: d.technology,
    valueCents: Number(d.valueCents),
    pricePaidCents: Number(d.pricePaidCents),
    attendees: d.attendees,
    closed: r.requestStatus === 'closed',
    startDate: d.startDate,
    endDate: d.endDate,
    aidBasis: d.aidBasis as TAidBasis,
    gberArticle: d.gberArticle,
    noAidReason: d.noAidReason,
    aidCents: Number(d.aidCents),
    nationalShareCents: Number(d.nationalShareCents),
  }));
}
