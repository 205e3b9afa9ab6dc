import { describe, expect, it } from 'vitest';
import { calendarSearch, parseCalendarState } from './url';

const NOW = new Date('2026-11-23T23:30:00Z'); // already 24 November in Sofia

describe('calendar URL state', () => {
  it('defaults to this week in Sofia for every resource', () => {
    expect(parseCalendarState(new URLSearchParams(''), NOW)).toEqual({
      view: 'week',
      date: '2026-11-24',
      resourceId: '',
    });
  });

  it('keeps valid values and drops invalid ones', () => {
    const id = '0b6f1c1e-9a6b-4c2e-8d7e-1f2a3b4c5d6e';
    expect(parseCalendarState(new URLSearchParams(`view=month&date=2026-02-10&resource=${id}`), NOW)).toEqual({
      view: 'month',
      date: '2026-02-10',
      resourceId: id,
    });
    expect(parseCalendarState(new URLSearchParams('view=year&date=2026-02-30&resource=x'), NOW)).toEqual({
      view: 'week',
      date: '2026-11-24',
      resourceId: '',
    });
  });

  it('writes the state back', () => {
    expect(calendarSearch({ view: 'day', date: '2026-03-29', resourceId: '' })).toBe('?view=day&date=2026-03-29');
  });
});
