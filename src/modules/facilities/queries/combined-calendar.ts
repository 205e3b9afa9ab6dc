import { and, asc, eq, gt, inArray, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import {
  availabilityExceptions,
  bookings,
  eventSessions,
  events,
  organisations,
  resources,
} from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import type { TCalendarItem } from '../../../contract/facilities';

export interface CombinedCalendarOptions {
  from: Date;
  to: Date;
  resourceId?: string;
  actor: TActor | null;
}

/**
 * One calendar of the hub for [from, to): active bookings (staff and the booking organisation's members see whose
 * they are; everyone else sees the time as busy, without names), the sessions of published public events (when no
 * single resource is asked for) and closures.
 */
export async function combinedCalendar(db: Executor, opts: CombinedCalendarOptions): Promise<TCalendarItem[]> {
  const { from, to } = opts;
  const bookingWhere: SQL[] = [
    inArray(bookings.status, ['pending', 'confirmed']),
    lt(bookings.startsAt, to),
    gt(bookings.endsAt, from),
    eq(resources.published, true),
  ];
  if (opts.resourceId) bookingWhere.push(eq(bookings.resourceId, opts.resourceId));
  const bookingRows = await db
    .select({
      id: bookings.id,
      resourceId: bookings.resourceId,
      organisationId: bookings.organisationId,
      organisationName: organisations.legalNameBg,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      status: bookings.status,
      titleBg: resources.titleBg,
      titleEn: resources.titleEn,
    })
    .from(bookings)
    .innerJoin(resources, eq(resources.id, bookings.resourceId))
    .innerJoin(organisations, eq(organisations.id, bookings.organisationId))
    .where(and(...bookingWhere));
  const items: TCalendarItem[] = bookingRows.map((b) => {
    const visible = isStaff(opts.actor) || !!opts.actor?.memberships.has(b.organisationId);
    return {
      kind: 'booking',
      id: b.id,
      title: visible
        ? { bg: `${b.titleBg} — ${b.organisationName}`, en: `${b.titleEn} — ${b.organisationName}` }
        : { bg: b.titleBg, en: b.titleEn },
      startsAt: b.startsAt.toISOString(),
      endsAt: b.endsAt.toISOString(),
      resourceId: b.resourceId,
      status: visible ? b.status : 'busy',
    };
  });

  if (!opts.resourceId) {
    const sessions = await db
      .select({
        id: eventSessions.id,
        sTitleBg: eventSessions.titleBg,
        sTitleEn: eventSessions.titleEn,
        startsAt: eventSessions.startsAt,
        endsAt: eventSessions.endsAt,
        slug: events.slug,
        titleBg: events.titleBg,
        titleEn: events.titleEn,
      })
      .from(eventSessions)
      .innerJoin(events, eq(events.id, eventSessions.eventId))
      .where(
        and(
          eq(events.published, true),
          eq(events.visibility, 'public'),
          lt(eventSessions.startsAt, to),
          gt(eventSessions.endsAt, from),
        ),
      );
    for (const s of sessions) {
      items.push({
        kind: 'event',
        id: s.id,
        title: {
          bg: s.sTitleBg ? `${s.titleBg}: ${s.sTitleBg}` : s.titleBg,
          en: s.sTitleEn ? `${s.titleEn}: ${s.sTitleEn}` : s.titleEn,
        },
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        eventSlug: s.slug,
      });
    }
  }

  const closureWhere: SQL[] = [
    eq(availabilityExceptions.kind, 'closed'),
    lt(availabilityExceptions.startsAt, to),
    gt(availabilityExceptions.endsAt, from),
    eq(resources.published, true),
  ];
  if (opts.resourceId) closureWhere.push(eq(availabilityExceptions.resourceId, opts.resourceId));
  const closures = await db
    .select({
      id: availabilityExceptions.id,
      resourceId: availabilityExceptions.resourceId,
      startsAt: availabilityExceptions.startsAt,
      endsAt: availabilityExceptions.endsAt,
      titleBg: resources.titleBg,
      titleEn: resources.titleEn,
    })
    .from(availabilityExceptions)
    .innerJoin(resources, eq(resources.id, availabilityExceptions.resourceId))
    .where(and(...closureWhere))
    .orderBy(asc(availabilityExceptions.startsAt));
  for (const c of closures) {
    items.push({
      kind: 'closure',
      id: c.id,
      title: { bg: c.titleBg, en: c.titleEn },
      startsAt: c.startsAt.toISOString(),
      endsAt: c.endsAt.toISOString(),
      resourceId: c.resourceId,
    });
  }
  return items.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.kind.localeCompare(b.kind));
}
