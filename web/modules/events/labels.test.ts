import { describe, expect, it } from 'vitest';
import { longDayLabel, shortDayLabel, viewTitle, weekdayNames } from './labels';

const plain = (s: string) => s.replace(/\s+/g, ' ');

describe('calendar labels', () => {
  it('names weekdays Monday first in both languages', () => {
    expect(weekdayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('bg', 'long')[0]).toBe('понеделник');
  });

  it('labels the Sofia day, also on the daylight-saving Sunday', () => {
    expect(plain(longDayLabel('2026-03-29', 'en'))).toBe('Sunday, 29 March 2026');
    expect(plain(shortDayLabel('2026-10-25', 'en'))).toBe('Sun 25 Oct');
  });

  it('titles day, week and month views', () => {
    expect(plain(viewTitle('month', '2026-03-15', 'en'))).toBe('March 2026');
    expect(plain(viewTitle('month', '2026-03-15', 'bg'))).toBe('март 2026 г.');
    expect(plain(viewTitle('week', '2026-03-25', 'en'))).toBe('23 Mar – 29 Mar 2026');
  });
});
