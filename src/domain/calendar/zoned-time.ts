/**
 * Wall-clock time in the hub's time zone (Europe/Sofia) ↔ instants, using only Intl (the tz database the
 * runtime ships), so daylight-saving changes are handled by the same data the rest of the platform uses.
 *
 * Two local times need a rule:
 * - A time in the spring gap (2026-03-29 03:00–03:59 does not exist in Sofia) moves FORWARD by the length of
 *   the gap: 03:30 becomes 04:30 EEST (01:30Z). This is what calendar programs and Temporal's "compatible"
 *   disambiguation do, so an opening rule starting in the gap opens at the first real minute after it.
 * - A time in the autumn overlap (2026-10-25 03:00–03:59 happens twice) takes the FIRST occurrence, i.e. the
 *   summer-time one (03:30 EEST = 00:30Z), again like Temporal's "compatible".
 */
import { HUB_TIME_ZONE, type TCalendarDate, parseCalendarDate } from '../state-aid/calendar-date';

/** Europe/Sofia, re-exported so calendar code has one import for time-zone work. */
export { HUB_TIME_ZONE };

/** A wall-clock reading: calendar fields and time of day (month 1–12, hour 0–23). */
export interface TWallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
}

/** The wall clock in `timeZone` (default Europe/Sofia) at `instant`. */
export function toWallClock(instant: Date, timeZone: string = HUB_TIME_ZONE): Required<TWallClock> {
  assertValidInstant(instant);
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (Sofia: 120 in winter, 180 in summer). */
export function offsetMinutes(instant: Date, timeZone: string = HUB_TIME_ZONE): number {
  const wall = toWallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The formatter has second precision; drop the instant's milliseconds so the difference is whole minutes.
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

function sameWallClock(a: TWallClock, b: TWallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    (a.second ?? 0) === (b.second ?? 0)
  );
}

/**
 * Every instant that shows `wall` in `timeZone`, earliest first: one normally, two in the repeated autumn hour,
 * none in the spring gap.
 */
export function wallClockOccurrences(wall: TWallClock, timeZone: string = HUB_TIME_ZONE): Date[] {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  if (Number.isNaN(asUtc)) throw new RangeError('Invalid wall-clock time');
  // Offsets a day either side bracket any transition near this time (zones change at most once a day).
  const before = offsetMinutes(new Date(asUtc - 86_400_000), timeZone);
  const after = offsetMinutes(new Date(asUtc + 86_400_000), timeZone);
  return [...new Set([before, after])]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((candidate) => sameWallClock(toWallClock(candidate, timeZone), wall))
    .sort((a, b) => a.getTime() - b.getTime());
}

/**
 * The instant of a wall-clock time in `timeZone` (default Europe/Sofia). A time in the spring gap moves forward
 * by the gap; an ambiguous autumn time takes its first (summer-time) occurrence — see the file comment.
 */
export function fromWallClock(wall: TWallClock, timeZone: string = HUB_TIME_ZONE): Date {
  const occurrences = wallClockOccurrences(wall, timeZone);
  if (occurrences.length > 0) return occurrences[0];
  // In the gap: read the time with the offset in force before it, which lands after the gap.
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  return new Date(asUtc - offsetMinutes(new Date(asUtc - 86_400_000), timeZone) * 60_000);
}

/** Whether `time` is 'HH:MM' (00:00–23:59), or also '24:00' (end of the day) when `allowEndOfDay`. */
export function isTimeOfDay(time: string, allowEndOfDay = false): boolean {
  if (allowEndOfDay && time === '24:00') return true;
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** Minutes since midnight of 'HH:MM' ('24:00' = 1440); throws a RangeError for anything else. */
export function parseTimeOfDay(time: string): number {
  if (!isTimeOfDay(time, true)) throw new RangeError(`Not a time of day (HH:MM): ${time}`);
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The instant of a calendar date at a time of day ('HH:MM'; '24:00' = midnight ending that day) in Sofia. */
export function sofiaInstant(date: TCalendarDate, time: string, timeZone: string = HUB_TIME_ZONE): Date {
  const minutes = parseTimeOfDay(time);
  const start = minutes === 1440 ? addDays(date, 1) : date;
  const { year, month, day } = parseCalendarDate(start);
  return fromWallClock({ year, month, day, hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 }, timeZone);
}

/** The calendar date `days` days after (negative: before) `date`. */
export function addDays(date: TCalendarDate, days: number): TCalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: TCalendarDate, to: TCalendarDate): number {
  const a = parseCalendarDate(from);
  const b = parseCalendarDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** ISO day of the week of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: TCalendarDate): number {
  const { year, month, day } = parseCalendarDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The calendar date of `instant` in `timeZone` (default Europe/Sofia). */
export function calendarDateOf(instant: Date, timeZone: string = HUB_TIME_ZONE): TCalendarDate {
  const wall = toWallClock(instant, timeZone);
  return `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}
