import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateOf,
  daysBetween,
  fromWallClock,
  isTimeOfDay,
  isoWeekday,
  offsetMinutes,
  parseTimeOfDay,
  sofiaInstant,
  toWallClock,
  wallClockOccurrences,
} from './zoned-time';

const iso = (d: Date) => d.toISOString();

describe('toWallClock / offsetMinutes', () => {
  it('reads winter and summer time in Sofia', () => {
    expect(toWallClock(new Date('2026-01-15T10:00:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 15,
      hour: 12,
      minute: 0,
      second: 0,
    });
    expect(toWallClock(new Date('2026-07-15T10:00:00Z'))).toMatchObject({ hour: 13 });
    expect(offsetMinutes(new Date('2026-01-15T10:00:00Z'))).toBe(120);
    expect(offsetMinutes(new Date('2026-07-15T10:00:00Z'))).toBe(180);
  });

  it('changes offset exactly at 01:00Z on the last Sundays of March and October 2026', () => {
    expect(offsetMinutes(new Date('2026-03-29T00:59:59Z'))).toBe(120);
    expect(offsetMinutes(new Date('2026-03-29T01:00:00Z'))).toBe(180);
    expect(offsetMinutes(new Date('2026-10-25T00:59:59Z'))).toBe(180);
    expect(offsetMinutes(new Date('2026-10-25T01:00:00Z'))).toBe(120);
  });

  it('reads midnight as hour 0 and works for other zones', () => {
    expect(toWallClock(new Date('2026-01-14T22:00:00Z'))).toMatchObject({ day: 15, hour: 0 });
    expect(toWallClock(new Date('2026-01-15T10:00:00Z'), 'UTC')).toMatchObject({ hour: 10 });
  });

  it('refuses an invalid instant', () => {
    expect(() => toWallClock(new Date('nope'))).toThrow(RangeError);
  });
});

describe('fromWallClock', () => {
  it('gives winter and summer instants', () => {
    expect(iso(fromWallClock({ year: 2026, month: 3, day: 27, hour: 9, minute: 0 }))).toBe('2026-03-27T07:00:00.000Z');
    expect(iso(fromWallClock({ year: 2026, month: 3, day: 30, hour: 9, minute: 0 }))).toBe('2026-03-30T06:00:00.000Z');
  });

  it('round-trips every hour across both 2026 transitions', () => {
    for (const start of ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z']) {
      for (let h = 0; h < 72; h++) {
        const instant = new Date(Date.parse(start) + h * 3_600_000);
        const wall = toWallClock(instant);
        const back = fromWallClock(wall);
        // The second pass through the repeated autumn hour maps back to its first pass (documented).
        const repeated = instant.toISOString() === '2026-10-25T01:00:00.000Z';
        expect(iso(back)).toBe(repeated ? '2026-10-25T00:00:00.000Z' : iso(instant));
      }
    }
  });

  it('moves a time in the spring gap forward by the gap', () => {
    // 2026-03-29 03:30 does not exist in Sofia; it becomes 04:30 EEST = 01:30Z.
    const instant = fromWallClock({ year: 2026, month: 3, day: 29, hour: 3, minute: 30 });
    expect(iso(instant)).toBe('2026-03-29T01:30:00.000Z');
    expect(toWallClock(instant)).toMatchObject({ hour: 4, minute: 30 });
    expect(iso(fromWallClock({ year: 2026, month: 3, day: 29, hour: 3, minute: 0 }))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(fromWallClock({ year: 2026, month: 3, day: 29, hour: 2, minute: 59 }))).toBe('2026-03-29T00:59:00.000Z');
  });

  it('takes the first occurrence of an ambiguous autumn time', () => {
    // 2026-10-25 03:30 happens at 00:30Z (EEST) and again at 01:30Z (EET).
    expect(iso(fromWallClock({ year: 2026, month: 10, day: 25, hour: 3, minute: 30 }))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(iso(fromWallClock({ year: 2026, month: 10, day: 25, hour: 4, minute: 0 }))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(fromWallClock({ year: 2026, month: 10, day: 25, hour: 2, minute: 59 }))).toBe(
      '2026-10-24T23:59:00.000Z',
    );
  });

  it('lists every occurrence of a wall-clock time: none in the gap, two in the repeated hour', () => {
    const list = (month: number, day: number, hour: number) =>
      wallClockOccurrences({ year: 2026, month, day, hour, minute: 30 }).map(iso);
    expect(list(3, 29, 3)).toEqual([]);
    expect(list(10, 25, 3)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z']);
    expect(list(10, 25, 4)).toEqual(['2026-10-25T02:30:00.000Z']);
    expect(list(6, 1, 12)).toEqual(['2026-06-01T09:30:00.000Z']);
  });

  it('refuses nonsense', () => {
    expect(() => fromWallClock({ year: Number.NaN, month: 1, day: 1, hour: 0, minute: 0 })).toThrow(RangeError);
  });
});

describe('dates and times of day', () => {
  it('validates and parses HH:MM', () => {
    expect(isTimeOfDay('09:00')).toBe(true);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('24:00', true)).toBe(true);
    expect(isTimeOfDay('24:01', true)).toBe(false);
    expect(isTimeOfDay('9:00')).toBe(false);
    expect(isTimeOfDay('12:60')).toBe(false);
    expect(parseTimeOfDay('17:30')).toBe(1050);
    expect(parseTimeOfDay('24:00')).toBe(1440);
    expect(() => parseTimeOfDay('25:00')).toThrow(RangeError);
  });

  it('builds Sofia instants from a date and a time, 24:00 being the next midnight', () => {
    expect(iso(sofiaInstant('2026-10-26', '09:00'))).toBe('2026-10-26T07:00:00.000Z');
    expect(iso(sofiaInstant('2026-03-28', '24:00'))).toBe('2026-03-28T22:00:00.000Z');
    expect(iso(sofiaInstant('2026-12-31', '24:00'))).toBe('2026-12-31T22:00:00.000Z');
  });

  it('does calendar arithmetic', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-23', '2026-04-03')).toBe(11);
    expect(daysBetween('2026-04-03', '2026-03-23')).toBe(-11);
    expect(isoWeekday('2026-03-23')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(calendarDateOf(new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-29');
  });
});
