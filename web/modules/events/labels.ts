/** Day and range headings of the calendar in the UI language, always read in Sofia time. */
import { intlLocale } from '../../shared/lib/format';
import { HUB_TIME_ZONE, sofiaInstant } from './calendar-sofia-time';
import { viewDays, type TCalendarView } from './grid';

// Noon of the Sofia day is safely inside it whatever the daylight-saving rules do to midnight.
const noon = (date: string) => sofiaInstant(date, '12:00');

/** "пн, 23.11" / "Mon 23 Nov". */
export function shortDayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: HUB_TIME_ZONE,
  }).format(noon(date));
}

/** "понеделник, 23 ноември 2026 г." / "Monday 23 November 2026". */
export function longDayLabel(date: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: HUB_TIME_ZONE }).format(noon(date));
}

/** Short weekday names, Monday first. */
export function weekdayNames(locale: string, width: 'short' | 'long' = 'short'): string[] {
  // 5–11 January 2026 runs Monday to Sunday.
  return Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(intlLocale(locale), { weekday: width, timeZone: HUB_TIME_ZONE }).format(
      noon(`2026-01-${String(5 + i).padStart(2, '0')}`),
    ),
  );
}

/** The heading of a view: the day, the week's first and last day, or the month and year. */
export function viewTitle(view: TCalendarView, date: string, locale: string): string {
  if (view === 'day') return longDayLabel(date, locale);
  if (view === 'month')
    return new Intl.DateTimeFormat(intlLocale(locale), {
      month: 'long',
      year: 'numeric',
      timeZone: HUB_TIME_ZONE,
    }).format(noon(date));
  const { first, last } = viewDays('week', date);
  // Two plain dates rather than formatRange: Node's and the browsers' ICU space ranges differently, and the
  // server's render must match the browser's.
  const day = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', timeZone: HUB_TIME_ZONE });
  const full = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: HUB_TIME_ZONE,
  });
  return `${day.format(noon(first))} – ${full.format(noon(last))}`;
}
