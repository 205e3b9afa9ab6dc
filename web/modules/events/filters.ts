/** The events list's filters, kept in the page URL so every search is a link and works without JavaScript. */
import { withQuery } from '../../shared/lib/api';
import { parsePage } from '../../shared/lib/query';
import { EVENT_TYPES } from '../../../src/contract/events';

export interface TEventFilters {
  q: string;
  type: string;
  page: number;
}

const Q_MAX = 100;

export function parseEventFilters(search: URLSearchParams): TEventFilters {
  const type = search.get('type') ?? '';
  return {
    q: (search.get('q') ?? '').trim().slice(0, Q_MAX),
    type: (EVENT_TYPES as readonly string[]).includes(type) ? type : '',
    page: parsePage(search.get('page')),
  };
}

/** The page's address for filters; empty values and page 1 left out so the plain list is /events. */
export function eventsHref(current: TEventFilters, patch: Partial<TEventFilters> = {}): string {
  // A new filter starts again at page 1 unless the patch names a page.
  const next = { ...current, page: 1, ...patch };
  const params = new URLSearchParams();
  if (next.q.trim()) params.set('q', next.q.trim());
  if (next.type) params.set('type', next.type);
  if (next.page > 1) params.set('page', String(next.page));
  const s = params.toString();
  return s ? `/events?${s}` : '/events';
}

/** The API query: upcoming events (ending from now on) unless searching, so past ones stay findable by name. */
export function eventsApiPath(f: TEventFilters, now: Date): string {
  return withQuery('/api/v1/events', {
    from: f.q ? undefined : now.toISOString(),
    type: f.type,
    q: f.q,
    page: f.page > 1 ? f.page : undefined,
  });
}
