import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
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
  if (from || to) {
    where.push(
      sql`exists (select 1 from ${eventSessions} s where s.event_id = ${events.id}
        ${from ? sql`and s.ends_at > ${from.toISOString()}` : sql``} ${to ? sql`and s.starts_at < ${to.toISOString()}` : sql``})`,
    );
  }
  if (query.q) {
    const like = `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(${events.titleBg} ilike ${like} or ${events.titleEn} ilike ${like} or ${query.q} <% ${events.titleBg} or ${query.q} <% ${events.titleEn} or ${query.q} = any(${events.tags}))`,
    );
  }
  const condition = where.length ? and(...where) : undefined;
  const [{ total }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(events)
    .where(condition);
  const firstStart = sql`(select min(s.starts_at) from ${eventSessions} s where s.event_id = ${events.id})`;
  const rows = await db
    .select()
    .from(events)
    .where(condition)
    .orderBy(sql`${firstStart} asc nulls last`, events.slug)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const stats = await loadEventStats(db, rows, opts.now);
  return {
    items: rows.map((r) => presentEventSummary(r, stats.get(r.id)!)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
