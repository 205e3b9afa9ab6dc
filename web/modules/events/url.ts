/** The calendar's state in its URL (?view=week&date=2026-11-23&resource=<id>), so a view can be shared and reloaded. */
import { CALENDAR_VIEWS, type TCalendarView } from './grid';
import { isDay, sofiaToday } from './calendar-sofia-time';

export interface TCalendarState {
  view: TCalendarView;
  date: string;
  resourceId: string;
}

/** Reads the state; anything unknown falls back to this week in Sofia and every resource. */
export function parseCalendarState(search: URLSearchParams, now: Date = new Date()): TCalendarState {
  const view = search.get('view');
  const date = search.get('date');
  const resource = search.get('resource') ?? '';
  return {
    view: (CALENDAR_VIEWS as readonly string[]).includes(view ?? '') ? (view as TCalendarView) : 'week',
    date: isDay(date) ? date : sofiaToday(now),
    resourceId: /^[0-9a-f-]{36}$/i.test(resource) ? resource : '',
  };
}

/** The query string of a state, leaving out the defaults' empty resource. */
export function calendarSearch(state: TCalendarState): string {
  const params = new URLSearchParams({ view: state.view, date: state.date });
  if (state.resourceId) params.set('resource', state.resourceId);
  return `?${params.toString()}`;
}
