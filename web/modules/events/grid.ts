/** Calendar grids and agenda grouping over Sofia days: pure, shared by the calendar and the resource week view. */
import { addDays, isoWeekday, minutesIntoDay, dayLengthMinutes, sofiaInstant, sofiaParts } from './calendar-sofia-time';

export const CALENDAR_VIEWS = ['day', 'week', 'month'] as const;
export type TCalendarView = (typeof CALENDAR_VIEWS)[number];

/** Anything shown on a calendar: an interval of instants. */
export interface TTimed {
  startsAt: string;
  endsAt: string;
}

/** The Monday of the week holding `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The seven days (Monday first) of the week holding `date`. */
export function weekDays(date: string): string[] {
  const first = weekStart(date);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

/** The month of `date` as whole weeks (Monday first); days of the neighbouring months are marked outside. */
export function monthGrid(date: string): { date: string; inMonth: boolean }[][] {
  const month = date.slice(0, 7);
  const first = weekStart(`${month}-01`);
  const weeks: { date: string; inMonth: boolean }[][] = [];
  for (let day = first; weeks.length === 0 || day.slice(0, 7) === month;) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(day, i)).map((d) => ({
      date: d,
      inMonth: d.slice(0, 7) === month,
    }));
    weeks.push(week);
    day = addDays(day, 7);
  }
  return weeks;
}

/** The first and last day (inclusive) a view of `date` shows. */
export function viewDays(view: TCalendarView, date: string): { first: string; last: string } {
  if (view === 'day') return { first: date, last: date };
  if (view === 'week') {
    const days = weekDays(date);
    return { first: days[0], last: days[6] };
  }
  const weeks = monthGrid(date);
  return { first: weeks[0][0].date, last: weeks[weeks.length - 1][6].date };
}

/** The instants [from, to) the API is asked about for a view: Sofia midnight to the midnight after the last day. */
export function viewRange(view: TCalendarView, date: string): { from: string; to: string } {
  const { first, last } = viewDays(view, date);
  return { from: sofiaInstant(first).toISOString(), to: sofiaInstant(addDays(last, 1)).toISOString() };
}

/** The date a "previous" / "next" button moves the view to. */
export function shiftView(view: TCalendarView, date: string, step: -1 | 1): string {
  if (view === 'day') return addDays(date, step);
  if (view === 'week') return addDays(date, 7 * step);
  const [y, m] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + step, 1));
  return target.toISOString().slice(0, 10);
}

/** Whether the item touches the Sofia day `date` (an item ending at midnight does not touch the next day). */
export function touchesDay(item: TTimed, date: string): boolean {
  const start = sofiaInstant(date).getTime();
  const end = sofiaInstant(addDays(date, 1)).getTime();
  return new Date(item.startsAt).getTime() < end && new Date(item.endsAt).getTime() > start;
}

/**
 * Items grouped under each Sofia day they touch, days in order, items by start time; days without items are left
 * out. An item over several days appears under each of them.
 */
export function agendaByDay<T extends TTimed>(
  items: readonly T[],
  first: string,
  last: string,
): { date: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt));
  const groups: { date: string; items: T[] }[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const on = sorted.filter((i) => touchesDay(i, day));
    if (on.length) groups.push({ date: day, items: on });
  }
  return groups;
}

/** "09:00–11:30" in Sofia time; a time on another day than `date` shows as the day's edge ("00:00" / "24:00"). */
export function timeLabel(item: TTimed, date?: string): string {
  const start = sofiaParts(item.startsAt);
  const end = sofiaParts(item.endsAt);
  const from = date && start.date < date ? '00:00' : start.time;
  const to = date && end.date > date ? '24:00' : end.time;
  return `${from}–${to}`;
}

/**
 * Where an item sits in a day column as percentages (top and height), clipped to the day or to a window of it
 * given in minutes after midnight. The day is its real length, so on a daylight-saving day an hour of the whole
 * day is 1/23 or 1/25 of the column.
 */
export function placeInDay(
  item: TTimed,
  date: string,
  window?: { from: number; to: number },
): { top: number; height: number } {
  const from = window?.from ?? 0;
  const to = window?.to ?? dayLengthMinutes(date);
  const length = to - from;
  const start = Math.max(from, minutesIntoDay(date, item.startsAt));
  const end = Math.min(to, minutesIntoDay(date, item.endsAt));
  return { top: ((start - from) / length) * 100, height: (Math.max(0, end - start) / length) * 100 };
}
