import { and, count, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { eventSessions, events } from '../../../platform/db/schema';
import { isStaff } from '../../../platform/http/authorize';
import type { TEventListQuery } from '../../../contract/events/input';
import type { TViewer } from '../policy';
import { presentEventSummary } from '../presenter';
import { type TEventSummary } from '../../../contract/events/schemas';
import { loadEventStats } from './event-stats';

/** The visibilities a viewer may see; staff see everything, drafts included. */
export function visibleVisibilities(v: TViewer): string[] {
  return ['public', ...(v.actor ? ['members'] : []), ...(v.isPartnerPerson ? ['internal'] : [])];
}

/**
 * Events by their first session, with seat figures. Without `from`/`to` the list shows what has not ended yet
 * (the calendar of what is coming); a period selects events with a session overlapping it.
 *
 * The event row carries its first start and last end (kept by a trigger on the sessions), so the list filters and
 * orders on it: "not ended yet" is one range of `events_last_ends_idx`, and the rows and their count are one pass.
 */
export async function listEvents(
  db: Db,
  opts: { viewer: TViewer; query: TEventListQuery; now: Date },
): Promise<{ items: TEventSummary[]; total: number; page: number; pageSize: number }> {
  const { query, viewer } = opts;
  const where: SQL[] = [];
  if (!isStaff(viewer.actor)) {
    where.push(eq(events.published, true), inArray(events.visibility, visibleVisibilities(viewer)));
  }
  if (query.type) where.push(eq(events.type, query.type));
  const from = query.from ? new Date(query.from) : query.to ? null : opts.now;
  const to = query.to ? new Date(query.to) : null;
  // A session ends after `from` exactly when the last one does, and starts before `to` when the first one does.
  if (from) where.push(gt(events.lastEndsAt, from));
  if (to) where.push(lt(events.firstStartsAt, to));
  if (from && to) {
    // Both: one session must overlap the period (not the first starting before it and another ending after it).
    where.push(
      sql`exists (select 1 from ${eventSessions} s where s.event_id = ${events.id}
        and s.ends_at > ${from.toISOString()} and s.starts_at < ${to.toISOString()})`,
    );
  }
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(${events.titleBg} ilike ${like} or ${events.titleEn} ilike ${like} or ${query.q} <% ${events.titleBg} or ${query.q} <% ${events.titleEn} or ${query.q} = any(${events.tags}))`,
    );
  }
  const condition = where.length ? and(...where) : undefined;
  // The page is chosen on `events_listing_idx` alone (it covers the filters and the order), then its rows are read.
  const page = db
    .select({
      id: events.id,
      firstStartsAt: events.firstStartsAt,
      slug: events.slug,
      n: sql<number>`count(*) over ()`.as('n'),
    })
    .from(events)
    .where(condition)
    .orderBy(sql`${events.firstStartsAt} asc nulls last`, events.slug)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .as('page');
  const found = await db
    .select({ event: events, n: sql<number>`${page.n}`.mapWith(Number) })
    .from(page)
    .innerJoin(events, eq(events.id, page.id))
    .orderBy(sql`${page.firstStartsAt} asc nulls last`, page.slug);
  let total = found[0]?.n ?? 0;
  if (!found.length && query.page > 1) [{ total }] = await db.select({ total: count() }).from(events).where(condition);
  const rows = found.map((f) => f.event);
  const stats = await loadEventStats(db, rows, opts.now);
  return {
    items: rows.map((r) => presentEventSummary(r, stats.get(r.id)!)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
