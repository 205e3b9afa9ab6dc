/**
 * Calendar dates as 'YYYY-MM-DD' strings. Aid is dated by the day in the hub's time zone (Europe/Sofia), not
 * by an instant, so the ledger's arithmetic never meets a time zone or a daylight-saving change; such strings
 * also compare correctly as plain strings.
 */

export const HUB_TIME_ZONE = 'Europe/Sofia';

/** A calendar date 'YYYY-MM-DD'. */
export type TCalendarDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Whether `value` is a real calendar date 'YYYY-MM-DD' (so '2025-02-29' is not). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a calendar date; throws a RangeError for anything else, since stored dates are trusted data. */
export function parseCalendarDate(value: string): { year: number; month: number; day: number } {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

function formatCalendarDate(year: number, month: number, day: number): TCalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same day `years` years earlier. A 29 February that the earlier year lacks becomes 28 February: the day
 * of the month falls back to the last day of that month (the rule of Regulation 1182/71 Art. 3(2)(c) for periods
 * whose last day does not exist).
 */
export function subtractYears(date: TCalendarDate, years: number): TCalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const target = year - years;
  return formatCalendarDate(target, month, Math.min(day, daysInMonth(target, month)));
}

/** The calendar day of `instant` in Europe/Sofia. */
export function calendarDateInSofia(instant: Date): TCalendarDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
  // en-CA formats as YYYY-MM-DD; formatToParts keeps it independent of that convention anyway.
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: HUB_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return formatCalendarDate(part('year'), part('month'), part('day'));
}
