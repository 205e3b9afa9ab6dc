import { describe, expect, it } from 'vitest';
import { agendaByDay, monthGrid, placeInDay, shiftView, timeLabel, viewRange, weekDays, weekStart } from './grid';
import { addDays, dayLengthMinutes, isDay, isoWeekday, sofiaInstant, sofiaParts } from './calendar-sofia-time';

describe('Sofia wall-clock time', () => {
  it('converts wall-clock times to instants in winter and summer', () => {
    expect(sofiaInstant('2026-01-15', '09:00').toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(sofiaInstant('2026-07-15', '09:00').toISOString()).toBe('2026-07-15T06:00:00.000Z');
  });

  it('handles the spring change (29 March 2026, 03:00 → 04:00) and the autumn change (25 October 2026)', () => {
    expect(sofiaInstant('2026-03-29', '02:00').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(sofiaInstant('2026-03-29', '04:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    // 03:30 does not exist that morning: it lands an hour later on the clock.
    expect(sofiaParts(sofiaInstant('2026-03-29', '03:30')).time).toBe('04:30');
    // 03:30 happens twice on 25 October: the first (summer) occurrence.
    expect(sofiaInstant('2026-10-25', '03:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(dayLengthMinutes('2026-03-29')).toBe(23 * 60);
    expect(dayLengthMinutes('2026-10-25')).toBe(25 * 60);
    expect(dayLengthMinutes('2026-03-30')).toBe(24 * 60);
  });

  it('reads the Sofia day and time of an instant across midnight', () => {
    expect(sofiaParts('2026-06-30T21:30:00Z')).toEqual({ date: '2026-07-01', time: '00:30' });
    expect(sofiaParts('2026-12-31T21:59:00Z')).toEqual({ date: '2026-12-31', time: '23:59' });
  });

  it('does calendar-day arithmetic and validation', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-11-23')).toBe(true);
    expect(isDay('23.11.2026')).toBe(false);
  });
});

describe('calendar grids', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekDays('2026-03-26')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });

  it('asks for the DST week from Sofia midnight to Sofia midnight (a 167-hour week)', () => {
    const { from, to } = viewRange('week', '2026-03-25');
    expect(from).toBe('2026-03-22T22:00:00.000Z');
    expect(to).toBe('2026-03-29T21:00:00.000Z');
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(167);
  });

  it('lays a month out in whole Monday-first weeks', () => {
    const weeks = monthGrid('2027-02-10');
    expect(weeks).toHaveLength(4); // February 2027 starts on a Monday and has 28 days.
    expect(weeks[0][0]).toEqual({ date: '2027-02-01', inMonth: true });
    const feb2026 = monthGrid('2026-02-10');
    expect(feb2026).toHaveLength(5); // 1 February 2026 is a Sunday.
    expect(feb2026[0][0]).toEqual({ date: '2026-01-26', inMonth: false });
    const march = monthGrid('2026-03-01');
    expect(march[0][0]).toEqual({ date: '2026-02-23', inMonth: false });
    expect(march[0][6]).toEqual({ date: '2026-03-01', inMonth: true });
    expect(march).toHaveLength(6);
    expect(march[5][1]).toEqual({ date: '2026-03-31', inMonth: true });
    expect(viewRange('month', '2026-03-15').from).toBe('2026-02-22T22:00:00.000Z');
  });

  it('moves views back and forth', () => {
    expect(shiftView('day', '2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftView('week', '2026-03-01', 1)).toBe('2026-03-08');
    expect(shiftView('month', '2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftView('month', '2026-01-15', -1)).toBe('2025-12-01');
  });
});

describe('agenda and placement', () => {
  const morning = { id: 'a', startsAt: '2026-03-27T07:00:00Z', endsAt: '2026-03-27T09:00:00Z' }; // 09:00–11:00 EET
  const overnight = { id: 'b', startsAt: '2026-03-28T20:00:00Z', endsAt: '2026-03-29T06:00:00Z' }; // Sat 22:00 → Sun 09:00 EEST
  const endsAtMidnight = { id: 'c', startsAt: '2026-03-25T20:00:00Z', endsAt: '2026-03-25T22:00:00Z' }; // Wed 22:00 → Thu 00:00

  it('groups by Sofia day, listing an item under every day it touches, and skips empty days', () => {
    const groups = agendaByDay([overnight, morning, endsAtMidnight], '2026-03-23', '2026-03-29');
    expect(groups.map((g) => [g.date, g.items.map((i) => i.id)])).toEqual([
      ['2026-03-25', ['c']],
      ['2026-03-27', ['a']],
      ['2026-03-28', ['b']],
      ['2026-03-29', ['b']],
    ]);
  });

  it('labels times in Sofia, cut at the edges of the day shown', () => {
    expect(timeLabel(morning)).toBe('09:00–11:00');
    expect(timeLabel(overnight, '2026-03-28')).toBe('22:00–24:00');
    expect(timeLabel(overnight, '2026-03-29')).toBe('00:00–09:00');
  });

  it('places items in a day column by the real length of the day', () => {
    expect(placeInDay(morning, '2026-03-27')).toEqual({ top: (540 / 1440) * 100, height: (120 / 1440) * 100 });
    // On the 23-hour day 09:00 EEST is 480 minutes after midnight.
    const sunday = placeInDay(overnight, '2026-03-29');
    expect(sunday.top).toBe(0);
    expect(sunday.height).toBeCloseTo((480 / 1380) * 100, 10);
    // Within an 08:00–18:00 window, 09:00–11:00 is the second and third of ten hours.
    expect(placeInDay(morning, '2026-03-27', { from: 480, to: 1080 })).toEqual({ top: 10, height: 20 });
    expect(placeInDay(morning, '2026-03-28', { from: 480, to: 1080 }).height).toBe(0);
  });
});
