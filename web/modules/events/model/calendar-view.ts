/** What the calendar's list of days (the phone's view) covers, beside the grid of wider screens. */
import { addDays } from '../calendar-sofia-time';
import { shiftView, viewDays, type TCalendarView } from '../grid';

/**
 * The first and last day of the list: the view's days, except that a month lists only its own days (the grid
 * shows the weeks around it, whose outside days a list would only repeat).
 */
export function agendaDays(view: TCalendarView, date: string): { first: string; last: string } {
  if (view !== 'month') return viewDays(view, date);
  return { first: `${date.slice(0, 7)}-01`, last: addDays(shiftView('month', date, 1), -1) };
}
