/**
 * Event times are instants in the API and wall-clock times in Europe/Sofia on screen and in forms
 * (a staff member abroad still schedules the hub's 09:30). These convert between the two, DST-correct.
 */
import { HUB_TIME_ZONE, fromWallClock, toWallClock } from '../../../src/domain/calendar/zoned-time';
import { intlLocale } from '../../shared/lib/format';

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DDTHH:MM" in Sofia for an instant (the value of an <input type="datetime-local">). */
export function toSofiaLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const w = toWallClock(d);
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a Sofia wall-clock time (the pure core's rule: a time in the spring gap moves forward, a
 * repeated autumn time takes its first occurrence). Null when the text is not a time.
 */
export function fromSofiaLocal(local: string): string | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  try {
    return fromWallClock({ year, month, day, hour, minute }).toISOString();
  } catch {
    return null;
  }
}

/** "14:30" in Sofia. */
export function formatTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone: HUB_TIME_ZONE }).format(
    new Date(iso),
  );
}

/** "Tue, 3 Mar 2026" in Sofia. */
export function formatDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: HUB_TIME_ZONE,
  }).format(new Date(iso));
}

/** A session's span: "Tue, 3 Mar 2026, 09:30–13:00", with both days when it runs past midnight. */
export function formatSpan(startsAt: string, endsAt: string, locale: string): string {
  const sameDay = toSofiaLocal(startsAt).slice(0, 10) === toSofiaLocal(endsAt).slice(0, 10);
  return sameDay
    ? `${formatDay(startsAt, locale)}, ${formatTime(startsAt, locale)}–${formatTime(endsAt, locale)}`
    : `${formatDay(startsAt, locale)}, ${formatTime(startsAt, locale)} – ${formatDay(endsAt, locale)}, ${formatTime(endsAt, locale)}`;
}
