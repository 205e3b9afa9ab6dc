import { asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { events, organisations, resources } from '../../../platform/db/schema';
import type { TResourceSummary } from '../../../contract/facilities';

export type TResourceRow = typeof resources.$inferSelect;

/** Resources with their owner's name and the prerequisite training, filtered by `where`, in title order. */
export async function loadResources(
  db: Executor,
  where?: SQL,
): Promise<{ row: TResourceRow; summary: TResourceSummary }[]> {
  const rows = await db
    .select({
      resource: resources,
      ownerName: organisations.legalNameBg,
      event: { id: events.id, slug: events.slug, titleBg: events.titleBg, titleEn: events.titleEn },
    })
    .from(resources)
    .leftJoin(organisations, eq(organisations.id, resources.ownerId))
    .leftJoin(events, eq(events.id, resources.prerequisiteEventId))
    .where(where)
    .orderBy(asc(resources.titleBg));
  return rows.map(({ resource: r, ownerName, event }) => ({
    row: r,
    summary: {
      id: r.id,
      slug: r.slug,
      kind: r.kind as TResourceSummary['kind'],
      titleBg: r.titleBg,
      titleEn: r.titleEn,
      location: r.location,
      owner: r.ownerId && ownerName ? { id: r.ownerId, name: ownerName } : null,
      capacity: r.capacity,
      approvalRequired: r.approvalRequired,
      ndaRequired: r.ndaRequired,
      prerequisiteEvent: event?.id ? event : null,
      valuePerHourCents: r.valuePerHourCents,
      pricePerHourCents: r.pricePerHourCents,
    },
  }));
}
