import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisations, servicePartners } from '../../../platform/db/schema';
import type { TServicePartner } from '../../../contract/services';

/** The delivering partners of each service, by service id (services without partners map to []). */
export async function loadServicePartners(
  executor: Executor,
  serviceIds: string[],
): Promise<Map<string, TServicePartner[]>> {
  const out = new Map<string, TServicePartner[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return out;
  const rows = await executor
    .select({
      serviceId: servicePartners.serviceId,
      id: organisations.id,
      legalNameBg: organisations.legalNameBg,
      legalNameEn: organisations.legalNameEn,
      website: organisations.website,
    })
    .from(servicePartners)
    .innerJoin(organisations, eq(organisations.id, servicePartners.organisationId))
    .where(inArray(servicePartners.serviceId, serviceIds))
    .orderBy(asc(organisations.legalNameBg));
  for (const { serviceId, ...partner } of rows) out.get(serviceId)?.push(partner);
  return out;
}
