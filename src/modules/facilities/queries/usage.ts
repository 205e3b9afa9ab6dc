import { and, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { bookings, organisations, resources } from '../../../platform/db/schema';

const HOUR_MS = 3_600_000;
const round2 = (n: number) => Math.round(n * 100) / 100;

export interface TUsage {
  byOrganisation: { organisationId: string; name: string; hours: number }[];
  byResource: { resourceId: string; title: { bg: string; en: string }; hours: number; bookings: number }[];
}

/**
 * Confirmed bookings' hours within [from, to) (a booking straddling an edge counts only its part inside), per
 * organisation and per resource. A desk booking of N seats counts N seat-hours, as its delivery value does.
 */
export async function facilityUsage(db: Executor, from: Date, to: Date): Promise<TUsage> {
  const rows = await db
    .select({
      resourceId: bookings.resourceId,
      organisationId: bookings.organisationId,
      name: organisations.legalNameBg,
      titleBg: resources.titleBg,
      titleEn: resources.titleEn,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      seats: bookings.seats,
    })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(organisations, eq(organisations.id, bookings.organisationId))
    .where(and(eq(bookings.status, 'confirmed'), lt(bookings.startsAt, to), gt(bookings.endsAt, from)));
  const byOrg = new Map<string, TUsage['byOrganisation'][number]>();
  const byRes = new Map<string, TUsage['byResource'][number]>();
  for (const r of rows) {
    const start = Math.max(r.startsAt.getTime(), from.getTime());
    const end = Math.min(r.endsAt.getTime(), to.getTime());
    const hours = ((end - start) / HOUR_MS) * r.seats;
    const org = byOrg.get(r.organisationId) ?? { organisationId: r.organisationId, name: r.name, hours: 0 };
    org.hours += hours;
    byOrg.set(r.organisationId, org);
    const res = byRes.get(r.resourceId) ?? {
      resourceId: r.resourceId,
      title: { bg: r.titleBg, en: r.titleEn },
      hours: 0,
      bookings: 0,
    };
    res.hours += hours;
    res.bookings += 1;
    byRes.set(r.resourceId, res);
  }
  return {
    byOrganisation: [...byOrg.values()]
      .map((o) => ({ ...o, hours: round2(o.hours) }))
      .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name)),
    byResource: [...byRes.values()]
      .map((o) => ({ ...o, hours: round2(o.hours) }))
      .sort((a, b) => b.hours - a.hours || a.title.bg.localeCompare(b.title.bg)),
  };
}
