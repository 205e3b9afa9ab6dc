import { describe, expect, it } from 'vitest';
import { eventsApiPath, eventsHref, parseEventFilters } from './filters';

describe('event list filters', () => {
  it('keeps allowed values and drops the rest', () => {
    expect(parseEventFilters(new URLSearchParams('q=%20AI%20&type=workshop&page=3'))).toEqual({
      q: 'AI',
      type: 'workshop',
      page: 3,
    });
    expect(parseEventFilters(new URLSearchParams('type=party&page=-1'))).toEqual({ q: '', type: '', page: 1 });
  });

  it('writes plain links and restarts paging on a new filter', () => {
    const f = { q: 'AI', type: '', page: 2 };
    expect(eventsHref(f, { type: 'training' })).toBe('/events?q=AI&type=training');
    expect(eventsHref(f, { page: 3 })).toBe('/events?q=AI&page=3');
    expect(eventsHref({ q: '', type: '', page: 1 })).toBe('/events');
  });

  it('asks the API for upcoming events, or for every match when searching', () => {
    const now = new Date('2026-01-01T10:00:00.000Z');
    expect(eventsApiPath({ q: '', type: 'seminar', page: 1 }, now)).toBe(
      '/api/v1/events?from=2026-01-01T10%3A00%3A00.000Z&type=seminar',
    );
    expect(eventsApiPath({ q: 'кибер', type: '', page: 2 }, now)).toBe(
      `/api/v1/events?q=${encodeURIComponent('кибер')}&page=2`,
    );
  });
});
