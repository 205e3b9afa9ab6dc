/**
 * Wall-clock arithmetic in the hub's time zone (Europe/Sofia) for the calendar screens, in the shapes they use:
 * days are 'YYYY-MM-DD' strings and times 'HH:MM'. The arithmetic itself is the pure core's
 * (src/domain/calendar/zoned-time.ts), the one implementation the server uses too; a daylight-saving day has
 * 23 or 25 hours.
 */
import {
  HUB_TIME_ZONE,
  addDays as addCalendarDays,
  calendarDateOf,
  isoWeekday as calendarIsoWeekday,
  sofiaInstant as zonedInstant,
  toWallClock,
} from '../../../src/domain/calendar/zoned-time';
import { isCalendarDate } from '../../../src/domain/state-aid/calendar-date';

export { HUB_TIME_ZONE };

const pad = (n: number) => String(n).padStart(2, '0');

/** The Sofia calendar day and wall-clock time of an instant. */
export function sofiaParts(instant: Date | string): { date: string; time: string } {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const wall = toWallClock(d);
  return { date: calendarDateOf(d), time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/**
 * The instant at which Sofia's clocks show `date` `time`. A time skipped by the spring change resolves to the
 * instant one hour later on the clock; a repeated autumn hour resolves to its first occurrence.
 */
export function sofiaInstant(date: string, time = '00:00'): Date {
  return zonedInstant(date, time);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  return addCalendarDays(date, days);
}

/** Day of the week, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return calendarIsoWeekday(date);
}

/** Whole minutes from Sofia midnight of `date` to `instant` (may be negative or beyond the day). */
export function minutesIntoDay(date: string, instant: Date | string): number {
  const t = (typeof instant === 'string' ? new Date(instant) : instant).getTime();
  return Math.round((t - sofiaInstant(date).getTime()) / 60_000);
}

/** Length of a Sofia day in minutes: 1440, or 1380 / 1500 on the daylight-saving days. */
export function dayLengthMinutes(date: string): number {
  return Math.round((sofiaInstant(addDays(date, 1)).getTime() - sofiaInstant(date).getTime()) / 60_000);
}

/** Today in Sofia. */
export function sofiaToday(now: Date = new Date()): string {
  return calendarDateOf(now);
}

/** Whether `value` is a 'YYYY-MM-DD' day that exists. */
export function isDay(value: string | null | undefined): value is string {
  return !!value && isCalendarDate(value);
}
