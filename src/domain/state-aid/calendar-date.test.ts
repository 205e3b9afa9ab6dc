import { describe, expect, it } from 'vitest';
import {
  calendarDateInSofia,
  daysInMonth,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  subtractYears,
} from './calendar-date';

describe('isCalendarDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30'])('accepts %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-1',
    '26-01-01',
    '2026-01-01T00:00',
    '',
  ])('refuses %s', (d) => {
    expect(isCalendarDate(d)).toBe(false);
    expect(() => parseCalendarDate(d)).toThrow(RangeError);
  });

  it('splits a date into numbers', () => {
    expect(parseCalendarDate('2027-03-09')).toEqual({ year: 2027, month: 3, day: 9 });
  });
});

describe('leap years', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
  ])('%i is leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });
});

describe('subtractYears', () => {
  it('keeps the calendar day', () => {
    expect(subtractYears('2026-03-10', 3)).toBe('2023-03-10');
    expect(subtractYears('2026-12-31', 3)).toBe('2023-12-31');
    expect(subtractYears('2026-01-01', 3)).toBe('2023-01-01');
  });

  it('takes 29 February to 28 February when the earlier year has none', () => {
    expect(subtractYears('2028-02-29', 3)).toBe('2025-02-28');
    expect(subtractYears('2028-02-29', 4)).toBe('2024-02-29');
  });

  it('refuses a non-date', () => {
    expect(() => subtractYears('2026-02-30', 3)).toThrow(RangeError);
  });
});

describe('calendarDateInSofia', () => {
  it('is a day ahead of UTC late in the evening (UTC+2 in winter)', () => {
    expect(calendarDateInSofia(new Date('2026-01-15T21:59:59Z'))).toBe('2026-01-15');
    expect(calendarDateInSofia(new Date('2026-01-15T22:00:00Z'))).toBe('2026-01-16');
  });

  it('follows summer time (UTC+3)', () => {
    expect(calendarDateInSofia(new Date('2026-07-01T20:59:59Z'))).toBe('2026-07-01');
    expect(calendarDateInSofia(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
  });

  it('turns the year at Sofia midnight', () => {
    expect(calendarDateInSofia(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });

  it('refuses an invalid instant', () => {
    expect(() => calendarDateInSofia(new Date('nope'))).toThrow(RangeError);
  });
});
