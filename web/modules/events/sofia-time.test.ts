import { describe, expect, it } from 'vitest';
import { formatSpan, fromSofiaLocal, toSofiaLocal } from './sofia-time';

describe('Sofia wall-clock times', () => {
  it('reads an instant as Sofia time in winter (UTC+2) and summer (UTC+3)', () => {
    expect(toSofiaLocal('2026-01-15T07:30:00.000Z')).toBe('2026-01-15T09:30');
    expect(toSofiaLocal('2026-07-15T06:30:00.000Z')).toBe('2026-07-15T09:30');
    expect(toSofiaLocal(null)).toBe('');
    expect(toSofiaLocal('nonsense')).toBe('');
  });

  it('turns a Sofia time into the instant, on both sides of the DST change', () => {
    expect(fromSofiaLocal('2026-01-15T09:30')).toBe('2026-01-15T07:30:00.000Z');
    expect(fromSofiaLocal('2026-07-15T09:30')).toBe('2026-07-15T06:30:00.000Z');
    // 29 March 2026: clocks go from 03:00 to 04:00; 02:30 is still winter time, 05:00 summer time.
    expect(fromSofiaLocal('2026-03-29T02:30')).toBe('2026-03-29T00:30:00.000Z');
    expect(fromSofiaLocal('2026-03-29T05:00')).toBe('2026-03-29T02:00:00.000Z');
    expect(fromSofiaLocal('2026-10-25T12:00')).toBe('2026-10-25T10:00:00.000Z');
  });

  it('round-trips and refuses what is not a time', () => {
    for (const iso of ['2026-02-01T08:00:00.000Z', '2026-09-10T15:45:00.000Z'])
      expect(fromSofiaLocal(toSofiaLocal(iso))).toBe(iso);
    expect(fromSofiaLocal('')).toBeNull();
    expect(fromSofiaLocal('15.01.2026 09:30')).toBeNull();
  });

  it('writes a session on one day with one date, across midnight with two', () => {
    const one = formatSpan('2026-01-15T07:30:00.000Z', '2026-01-15T11:00:00.000Z', 'en');
    expect(one).toMatch(/15 Jan 2026, 09:30–13:00$/);
    const two = formatSpan('2026-01-15T20:00:00.000Z', '2026-01-16T08:00:00.000Z', 'en');
    expect(two).toMatch(/15 Jan 2026, 22:00 – .*16 Jan 2026, 10:00$/);
  });
});
