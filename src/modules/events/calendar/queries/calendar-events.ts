import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/client';
import { eventSessions, events } from '../../../../platform/db/schema';
import { icsSequence, type TIcsEvent } from '../../../../domain/calendar/ics';
import type { TLocale } from '../../../../contract/common';
import type { TEventRow, TSessionRow } from '../../repo';

/** How long past sessions stay in the public feed, so subscribers keep recent history. */
export const FEED_PAST_DAYS = 90;

/**
 * The one UID of a session, in every file that carries it — the event's file, a registration's file, the e-mailed
 * invitation and its cancellation, the feed — so a calendar that gets the session twice keeps one entry.
 */
export const sessionUid = (sessionId: string) => `session-${sessionId}@edihub`;

/** What a file of sessions says beyond the event itself: a registration's status, its code, the time of its last change. */
export interface TSessionEventOptions {
  locale: TLocale;
  publicUrl: string;
  status?: TIcsEvent['status'];
  /** A line put before the description (e.g. the registration's check-in code). */
  note?: string;
  /**
   * The last change of what the file describes beyond the event (a registration's status): SEQUENCE counts the
   * seconds from the event's creation to the later of this and the event's own last change, so newer copies win.
   */
  changedAt?: Date;
}

/** One VEVENT per session of an event, in the reader's language (falling back to the other title when empty). */
export function sessionEvents(
  event: TEventRow,
  sessions: readonly TSessionRow[],
  opts: TSessionEventOptions,
): TIcsEvent[] {
  const en = opts.locale === 'en';
  const title = (en ? event.titleEn : event.titleBg) || event.titleBg;
  const url = `${opts.publicUrl.replace(/\/$/, '')}/events/${event.slug}`;
  const description = [opts.note, (en ? event.descriptionEn : event.descriptionBg) || event.descriptionBg, url]
    .filter(Boolean)
    .join('\n\n');
  const changedAt = opts.changedAt && opts.changedAt > event.updatedAt ? opts.changedAt : event.updatedAt;
  const sequence = icsSequence(event.createdAt, changedAt);
  return sessions.map((s) => {
    const sessionTitle = en ? s.titleEn || s.titleBg : s.titleBg || s.titleEn;
    return {
      uid: sessionUid(s.id),
      start: s.startsAt,
      end: s.endsAt,
      summary: sessionTitle && sessions.length > 1 ? `${title} — ${sessionTitle}` : title,
      description,
      location: s.location ?? event.venue ?? event.onlineUrl,
      url,
      status: opts.status ?? 'CONFIRMED',
      sequence,
    };
  });
}

/** The sessions of an event in time order. */
export async function loadSessions(db: Executor, eventId: string): Promise<TSessionRow[]> {
  return db.select().from(eventSessions).where(eq(eventSessions.eventId, eventId)).orderBy(asc(eventSessions.startsAt));
}

/** The public feed's content: sessions of published public events that end after `since`, grouped by event. */
export async function loadFeedSessions(
  db: Executor,
  since: Date,
): Promise<{ event: TEventRow; sessions: TSessionRow[] }[]> {
  const rows = await db
    .select({ session: eventSessions, eventId: eventSessions.eventId })
    .from(eventSessions)
    .innerJoin(events, eq(events.id, eventSessions.eventId))
    .where(and(eq(events.published, true), eq(events.visibility, 'public'), gte(eventSessions.endsAt, since)))
    .orderBy(asc(eventSessions.startsAt));
  const ids = [...new Set(rows.map((r) => r.eventId))];
  if (!ids.length) return [];
  const eventRows = await db.select().from(events).where(inArray(events.id, ids));
  const byId = new Map(eventRows.map((e) => [e.id, e]));
  return ids.map((id) => ({
    event: byId.get(id)!,
    sessions: rows.filter((r) => r.eventId === id).map((r) => r.session),
  }));
}
