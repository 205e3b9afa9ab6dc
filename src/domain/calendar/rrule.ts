/**
 * Opening hours drawn by recurrence: a subset of the RFC 5545 RRULE, enough for "weekdays 9–17" or "every other
 * Tuesday 14–18" without staff drawing slots one by one.
 *
 * Supported parts: FREQ=DAILY|WEEKLY (required), INTERVAL=n, BYDAY=MO,TU,… (plain days, no "1MO"/"-1FR"),
 * UNTIL=YYYYMMDD or YYYYMMDDTHHMMSSZ, COUNT=n (not together with UNTIL, as RFC 5545 requires). Anything else is
 * refused with a message naming the part, so staff learn what to change.
 *
 * Semantics, with the rule's window (startTime–endTime, wall clock in Europe/Sofia) and validity (validFrom,
 * validUntil, calendar dates, both inclusive):
 * - The recurrence starts on validFrom (the DTSTART date). Unlike RFC 5545, validFrom itself is NOT an
 *   occurrence unless it matches BYDAY: validFrom is "from when the rule applies", not "the first opening".
 * - DAILY steps INTERVAL days from validFrom; BYDAY then keeps only the listed days.
 * - WEEKLY steps INTERVAL weeks from validFrom's week (weeks start on Monday, WKST=MO); in each such week the
 *   BYDAY days (validFrom's weekday when BYDAY is absent) are occurrences.
 * - COUNT counts occurrences from validFrom; UNTIL as a date includes that day, UNTIL as an instant includes
 *   occurrences that start at or before it.
 * - Each occurrence is the window on that day in Sofia wall-clock time, so 09:00–17:00 stays 09:00–17:00 local
 *   across daylight-saving changes (07:00Z in summer, 06:00Z in winter). endTime '24:00' means midnight ending
 *   the day (all-day desks).
 */
import { type TCalendarDate, isCalendarDate } from '../state-aid/calendar-date';
import {
  addDays,
  calendarDateOf,
  daysBetween,
  isTimeOfDay,
  isoWeekday,
  parseTimeOfDay,
  sofiaInstant,
} from './zoned-time';

/** The days of the week in RFC 5545 spelling, Monday first (ISO order). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** A day of the week as RFC 5545 writes it. */
export type TWeekday = (typeof WEEKDAYS)[number];

/** A parsed recurrence rule of the supported subset. */
export interface TRecurrence {
  freq: 'DAILY' | 'WEEKLY';
  interval: number;
  /** The days kept (DAILY) or used (WEEKLY), Monday first; null when BYDAY is absent. */
  byDay: TWeekday[] | null;
  until: { kind: 'date'; date: TCalendarDate } | { kind: 'instant'; instant: Date } | null;
  count: number | null;
}

/** The result of parsing: the rule, or a message saying what is wrong. */
export type TRRuleParseResult = { ok: true; rule: TRecurrence } | { ok: false; message: string };

/** An opening rule as stored (availability_rules): RRULE text, wall-clock window, validity dates. */
export interface TAvailabilityRule {
  rrule: string;
  startTime: string;
  endTime: string;
  validFrom: TCalendarDate;
  validUntil?: TCalendarDate | null;
}

/** A half-open time interval [startsAt, endsAt). */
export interface TInterval {
  startsAt: Date;
  endsAt: Date;
}

/** A half-open range of instants [from, to) to expand or query. */
export interface TRange {
  from: Date;
  to: Date;
}

const MAX_INTERVAL = 366;
const MAX_COUNT = 10_000;
const SUPPORTED = ['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT'];

function positiveInteger(value: string, max: number): number | null {
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= max ? n : null;
}

function parseUntil(value: string): TRecurrence['until'] {
  const date = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (date) {
    const iso = `${date[1]}-${date[2]}-${date[3]}`;
    return isCalendarDate(iso) ? { kind: 'date', date: iso } : null;
  }
  const instant = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (instant) {
    const iso = `${instant[1]}-${instant[2]}-${instant[3]}`;
    const [h, m, s] = [Number(instant[4]), Number(instant[5]), Number(instant[6])];
    if (!isCalendarDate(iso) || h > 23 || m > 59 || s > 59) return null;
    return { kind: 'instant', instant: new Date(`${iso}T${instant[4]}:${instant[5]}:${instant[6]}Z`) };
  }
  return null;
}

/** Parses an RRULE of the supported subset ("RRULE:" prefix allowed); refusals carry an English message. */
export function parseRRule(text: string): TRRuleParseResult {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return { ok: false, message: 'The rule is empty; start with FREQ=DAILY or FREQ=WEEKLY.' };
  const parts = new Map<string, string>();
  for (const piece of body.split(';')) {
    const eq = piece.indexOf('=');
    if (eq <= 0) return { ok: false, message: `"${piece}" is not NAME=VALUE.` };
    const name = piece.slice(0, eq).trim().toUpperCase();
    const value = piece
      .slice(eq + 1)
      .trim()
      .toUpperCase();
    if (!SUPPORTED.includes(name))
      return { ok: false, message: `${name} is not supported; use only ${SUPPORTED.join(', ')}.` };
    if (parts.has(name)) return { ok: false, message: `${name} appears more than once.` };
    parts.set(name, value);
  }

  const freq = parts.get('FREQ');
  if (freq === undefined) return { ok: false, message: 'FREQ is required (FREQ=DAILY or FREQ=WEEKLY).' };
  if (freq !== 'DAILY' && freq !== 'WEEKLY')
    return { ok: false, message: `FREQ=${freq} is not supported; use DAILY or WEEKLY.` };

  let interval = 1;
  const intervalText = parts.get('INTERVAL');
  if (intervalText !== undefined) {
    const n = positiveInteger(intervalText, MAX_INTERVAL);
    if (n === null) return { ok: false, message: `INTERVAL must be a whole number from 1 to ${MAX_INTERVAL}.` };
    interval = n;
  }

  let byDay: TWeekday[] | null = null;
  const byDayText = parts.get('BYDAY');
  if (byDayText !== undefined) {
    const days = byDayText.split(',').map((d) => d.trim());
    for (const day of days) {
      if (/^[+-]?\d+[A-Z]{2}$/.test(day))
        return { ok: false, message: `BYDAY=${day}: numbered days (like 1MO) are not supported; list plain days.` };
      if (!(WEEKDAYS as readonly string[]).includes(day))
        return { ok: false, message: `BYDAY: "${day}" is not a day; use ${WEEKDAYS.join(', ')}.` };
    }
    byDay = WEEKDAYS.filter((d) => days.includes(d));
  }

  const untilText = parts.get('UNTIL');
  const countText = parts.get('COUNT');
  if (untilText !== undefined && countText !== undefined)
    return { ok: false, message: 'UNTIL and COUNT cannot be used together.' };
  let until: TRecurrence['until'] = null;
  if (untilText !== undefined) {
    until = parseUntil(untilText);
    if (until === null)
      return { ok: false, message: `UNTIL=${untilText} must be a date YYYYMMDD or a UTC time YYYYMMDDTHHMMSSZ.` };
  }
  let count: number | null = null;
  if (countText !== undefined) {
    count = positiveInteger(countText, MAX_COUNT);
    if (count === null) return { ok: false, message: `COUNT must be a whole number from 1 to ${MAX_COUNT}.` };
  }
  return { ok: true, rule: { freq, interval, byDay, until, count } };
}

/**
 * Checks a whole opening rule (RRULE, 'HH:MM' window with endTime after startTime — '24:00' allowed as the end —
 * and validity dates); returns an English message for the first problem, or null when the rule is usable.
 */
export function validateAvailabilityRule(rule: TAvailabilityRule): string | null {
  const parsed = parseRRule(rule.rrule);
  if (!parsed.ok) return parsed.message;
  if (!isTimeOfDay(rule.startTime)) return `Start time "${rule.startTime}" must be HH:MM.`;
  if (!isTimeOfDay(rule.endTime, true)) return `End time "${rule.endTime}" must be HH:MM.`;
  if (parseTimeOfDay(rule.endTime) <= parseTimeOfDay(rule.startTime))
    return 'The end time must be after the start time.';
  if (!isCalendarDate(rule.validFrom)) return `"${rule.validFrom}" is not a date (YYYY-MM-DD).`;
  if (rule.validUntil != null) {
    if (!isCalendarDate(rule.validUntil)) return `"${rule.validUntil}" is not a date (YYYY-MM-DD).`;
    if (rule.validUntil < rule.validFrom) return 'The rule must end on or after the day it starts.';
  }
  return null;
}

function weekdayOf(date: TCalendarDate): TWeekday {
  return WEEKDAYS[isoWeekday(date) - 1];
}

/**
 * The occurrence dates of `recurrence` starting at `validFrom`, up to and including `lastDate` (the caller's
 * horizon). COUNT is honoured from validFrom, so dates before any range still count towards it.
 */
export function occurrenceDates(
  recurrence: TRecurrence,
  validFrom: TCalendarDate,
  lastDate: TCalendarDate,
): TCalendarDate[] {
  const dates: TCalendarDate[] = [];
  if (lastDate < validFrom) return dates;
  const days = recurrence.byDay ?? (recurrence.freq === 'WEEKLY' ? [weekdayOf(validFrom)] : null);
  if (recurrence.freq === 'DAILY') {
    for (let date = validFrom; date <= lastDate; date = addDays(date, recurrence.interval)) {
      if (days && !days.includes(weekdayOf(date))) continue;
      dates.push(date);
      if (recurrence.count !== null && dates.length >= recurrence.count) break;
    }
    return dates;
  }
  const weekdays = days ?? [];
  const offsets = weekdays.map((d) => WEEKDAYS.indexOf(d));
  for (
    let monday = addDays(validFrom, 1 - isoWeekday(validFrom));
    monday <= lastDate;
    monday = addDays(monday, 7 * recurrence.interval)
  ) {
    for (const offset of offsets) {
      const date = addDays(monday, offset);
      if (date < validFrom || date > lastDate) continue;
      dates.push(date);
      if (recurrence.count !== null && dates.length >= recurrence.count) return dates;
    }
  }
  return dates;
}

/**
 * Expands an opening rule into its intervals (Sofia wall clock, DST-correct) that overlap `range`, sorted.
 * Intervals are not clipped to the range. Throws a RangeError for a rule validateAvailabilityRule refuses:
 * stored rules were validated when saved.
 */
export function expandRule(rule: TAvailabilityRule, range: TRange): TInterval[] {
  const problem = validateAvailabilityRule(rule);
  if (problem !== null) throw new RangeError(`Invalid availability rule: ${problem}`);
  const parsed = parseRRule(rule.rrule);
  if (!parsed.ok) throw new RangeError(parsed.message);
  const recurrence = parsed.rule;
  if (range.to.getTime() <= range.from.getTime()) return [];

  // The last day that can hold an occurrence overlapping the range (a '24:00' end still starts that day).
  let lastDate = calendarDateOf(range.to);
  if (rule.validUntil != null && rule.validUntil < lastDate) lastDate = rule.validUntil;
  if (recurrence.until?.kind === 'date' && recurrence.until.date < lastDate) lastDate = recurrence.until.date;
  if (recurrence.until?.kind === 'instant') {
    const untilDate = calendarDateOf(recurrence.until.instant);
    if (untilDate < lastDate) lastDate = untilDate;
  }

  // Without COUNT, whole periods before the range can be skipped (one extra day for windows ending at 24:00).
  let start = rule.validFrom;
  if (recurrence.count === null) {
    const firstUseful = addDays(calendarDateOf(range.from), -1);
    const period = recurrence.freq === 'DAILY' ? recurrence.interval : 7 * recurrence.interval;
    const skip = Math.floor(Math.max(0, daysBetween(start, firstUseful)) / period) * period;
    if (skip > 0) start = addDays(start, skip);
  }
  // Skipping moves validFrom, which for WEEKLY without BYDAY fixes the weekday: keep the original one.
  const effective: TRecurrence =
    recurrence.freq === 'WEEKLY' && recurrence.byDay === null
      ? { ...recurrence, byDay: [WEEKDAYS[isoWeekday(rule.validFrom) - 1]] }
      : recurrence;

  const intervals: TInterval[] = [];
  for (const date of occurrenceDates(effective, start, lastDate)) {
    const startsAt = sofiaInstant(date, rule.startTime);
    if (recurrence.until?.kind === 'instant' && startsAt.getTime() > recurrence.until.instant.getTime()) continue;
    const endsAt = sofiaInstant(date, rule.endTime);
    if (endsAt.getTime() > range.from.getTime() && startsAt.getTime() < range.to.getTime())
      intervals.push({ startsAt, endsAt });
  }
  return intervals;
}
