import { describe, expect, it } from 'vitest';
import { type TAvailabilityRule, expandRule, occurrenceDates, parseRRule, validateAvailabilityRule } from './rrule';

const WEEKDAYS_9_17: TAvailabilityRule = {
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  startTime: '09:00',
  endTime: '17:00',
  validFrom: '2026-01-01',
};
const range = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const starts = (rule: TAvailabilityRule, from: string, to: string) =>
  expandRule(rule, range(from, to)).map((i) => i.startsAt.toISOString());
const spans = (rule: TAvailabilityRule, from: string, to: string) =>
  expandRule(rule, range(from, to)).map(
    (i) => `${i.startsAt.toISOString().slice(0, 16)}/${i.endsAt.toISOString().slice(11, 16)}`,
  );

describe('parseRRule', () => {
  it('parses the supported subset', () => {
    expect(parseRRule('FREQ=WEEKLY;BYDAY=FR,MO')).toEqual({
      ok: true,
      rule: { freq: 'WEEKLY', interval: 1, byDay: ['MO', 'FR'], until: null, count: null },
    });
    expect(parseRRule('RRULE:freq=daily;interval=2;count=10')).toEqual({
      ok: true,
      rule: { freq: 'DAILY', interval: 2, byDay: null, until: null, count: 10 },
    });
    expect(parseRRule('FREQ=WEEKLY;UNTIL=20261231')).toMatchObject({
      ok: true,
      rule: { until: { kind: 'date', date: '2026-12-31' } },
    });
    const instant = parseRRule('FREQ=DAILY;UNTIL=20260401T120000Z');
    expect(instant.ok && instant.rule.until).toEqual({ kind: 'instant', instant: new Date('2026-04-01T12:00:00Z') });
  });

  it.each([
    ['', /empty/],
    ['BYDAY=MO', /FREQ is required/],
    ['FREQ=MONTHLY', /FREQ=MONTHLY is not supported/],
    ['FREQ=HOURLY', /not supported/],
    ['FREQ=WEEKLY;BYMONTH=3', /BYMONTH is not supported/],
    ['FREQ=WEEKLY;BYDAY=MO;BYDAY=TU', /more than once/],
    ['FREQ=WEEKLY;BYDAY=1MO', /numbered days/],
    ['FREQ=WEEKLY;BYDAY=-1FR', /numbered days/],
    ['FREQ=WEEKLY;BYDAY=XX', /"XX" is not a day/],
    ['FREQ=WEEKLY;BYDAY=', /"" is not a day/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL must be/],
    ['FREQ=DAILY;INTERVAL=1.5', /INTERVAL must be/],
    ['FREQ=DAILY;INTERVAL=367', /INTERVAL must be/],
    ['FREQ=DAILY;COUNT=0', /COUNT must be/],
    ['FREQ=DAILY;COUNT=abc', /COUNT must be/],
    ['FREQ=DAILY;UNTIL=20260230', /UNTIL=20260230 must be/],
    ['FREQ=DAILY;UNTIL=2026-12-31', /UNTIL=2026-12-31 must be/],
    ['FREQ=DAILY;UNTIL=20261231T250000Z', /UNTIL/],
    ['FREQ=DAILY;UNTIL=20261231;COUNT=3', /cannot be used together/],
    ['FREQ', /not NAME=VALUE/],
    ['FREQ=DAILY;', /not NAME=VALUE/],
  ])('refuses %j with a clear message', (text, message) => {
    const result = parseRRule(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('validateAvailabilityRule', () => {
  it('accepts a usable rule, including an end at 24:00', () => {
    expect(validateAvailabilityRule(WEEKDAYS_9_17)).toBeNull();
    expect(
      validateAvailabilityRule({ ...WEEKDAYS_9_17, startTime: '00:00', endTime: '24:00', validUntil: '2026-01-01' }),
    ).toBeNull();
  });

  it.each([
    [{ rrule: 'FREQ=YEARLY' }, /YEARLY/],
    [{ startTime: '9:00' }, /Start time/],
    [{ endTime: '17:60' }, /End time/],
    [{ startTime: '24:00' }, /Start time/],
    [{ startTime: '17:00', endTime: '09:00' }, /after the start/],
    [{ startTime: '09:00', endTime: '09:00' }, /after the start/],
    [{ validFrom: '2026-02-30' }, /not a date/],
    [{ validUntil: '2026-13-01' }, /not a date/],
    [{ validUntil: '2025-12-31' }, /on or after/],
  ])('refuses %j', (change, message) => {
    expect(validateAvailabilityRule({ ...WEEKDAYS_9_17, ...change })).toMatch(message);
  });
});

describe('occurrenceDates', () => {
  it('steps DAILY by the interval and filters by BYDAY', () => {
    const parsed = parseRRule('FREQ=DAILY;INTERVAL=2;BYDAY=MO,WE,FR');
    if (!parsed.ok) throw new Error(parsed.message);
    // From Monday 2026-03-02 every other day: 02 (Mo), 04 (We), 06 (Fr), 08 (Su, dropped), 10 (Tu, dropped), 12 (Th, dropped)
    expect(occurrenceDates(parsed.rule, '2026-03-02', '2026-03-12')).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
    ]);
  });

  it('steps WEEKLY from the week of validFrom and honours COUNT from validFrom', () => {
    const parsed = parseRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=5');
    if (!parsed.ok) throw new Error(parsed.message);
    // validFrom is a Wednesday: that week's Tuesday is before it and does not count.
    expect(occurrenceDates(parsed.rule, '2026-03-04', '2026-12-31')).toEqual([
      '2026-03-05',
      '2026-03-17',
      '2026-03-19',
      '2026-03-31',
      '2026-04-02',
    ]);
  });

  it('uses the weekday of validFrom for WEEKLY without BYDAY', () => {
    const parsed = parseRRule('FREQ=WEEKLY');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(occurrenceDates(parsed.rule, '2026-03-04', '2026-03-25')).toEqual([
      '2026-03-04',
      '2026-03-11',
      '2026-03-18',
      '2026-03-25',
    ]);
  });

  it('gives nothing when the horizon is before validFrom', () => {
    const parsed = parseRRule('FREQ=DAILY');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(occurrenceDates(parsed.rule, '2026-03-04', '2026-03-03')).toEqual([]);
  });
});

describe('expandRule across the daylight-saving changes of 2026', () => {
  it('keeps weekdays 09:00–17:00 local over 2026-03-23..2026-04-03 (07:00Z before 29 March, 06:00Z after)', () => {
    expect(spans(WEEKDAYS_9_17, '2026-03-22T22:00:00Z', '2026-04-03T21:00:00Z')).toEqual([
      '2026-03-23T07:00/15:00',
      '2026-03-24T07:00/15:00',
      '2026-03-25T07:00/15:00',
      '2026-03-26T07:00/15:00',
      '2026-03-27T07:00/15:00',
      '2026-03-30T06:00/14:00',
      '2026-03-31T06:00/14:00',
      '2026-04-01T06:00/14:00',
      '2026-04-02T06:00/14:00',
      '2026-04-03T06:00/14:00',
    ]);
  });

  it('keeps weekdays 09:00–17:00 local over 2026-10-19..2026-10-30 (06:00Z before 25 October, 07:00Z after)', () => {
    expect(spans(WEEKDAYS_9_17, '2026-10-18T21:00:00Z', '2026-10-30T22:00:00Z')).toEqual([
      '2026-10-19T06:00/14:00',
      '2026-10-20T06:00/14:00',
      '2026-10-21T06:00/14:00',
      '2026-10-22T06:00/14:00',
      '2026-10-23T06:00/14:00',
      '2026-10-26T07:00/15:00',
      '2026-10-27T07:00/15:00',
      '2026-10-28T07:00/15:00',
      '2026-10-29T07:00/15:00',
      '2026-10-30T07:00/15:00',
    ]);
  });

  it('gives the transition Sundays their real length (23 h and 25 h for an all-day rule)', () => {
    const allDay: TAvailabilityRule = {
      rrule: 'FREQ=DAILY',
      startTime: '00:00',
      endTime: '24:00',
      validFrom: '2026-01-01',
    };
    const hours = (from: string, to: string) =>
      expandRule(allDay, range(from, to)).map((i) => (i.endsAt.getTime() - i.startsAt.getTime()) / 3_600_000);
    expect(hours('2026-03-29T00:00:00Z', '2026-03-29T12:00:00Z')).toEqual([23]);
    expect(hours('2026-10-25T00:00:00Z', '2026-10-25T12:00:00Z')).toEqual([25]);
  });

  it('opens a window starting inside the spring gap at the first real minute after it', () => {
    const night: TAvailabilityRule = {
      rrule: 'FREQ=DAILY',
      startTime: '03:30',
      endTime: '06:00',
      validFrom: '2026-03-01',
    };
    expect(spans(night, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toEqual(['2026-03-29T01:30/03:00']);
  });
});

describe('expandRule limits', () => {
  it('returns only intervals overlapping the range, unclipped', () => {
    // Range 12:00–13:00 local on Monday 2026-03-23: the whole 09:00–17:00 window comes back.
    expect(spans(WEEKDAYS_9_17, '2026-03-23T10:00:00Z', '2026-03-23T11:00:00Z')).toEqual(['2026-03-23T07:00/15:00']);
    // A range ending exactly at an opening does not include it (half-open).
    expect(starts(WEEKDAYS_9_17, '2026-03-23T00:00:00Z', '2026-03-23T07:00:00Z')).toEqual([]);
    expect(starts(WEEKDAYS_9_17, '2026-03-23T15:00:00Z', '2026-03-24T07:00:00Z')).toEqual([]);
    expect(starts(WEEKDAYS_9_17, '2026-03-24T07:00:00Z', '2026-03-23T07:00:00Z')).toEqual([]);
  });

  it('honours validFrom and validUntil (inclusive dates)', () => {
    const rule = { ...WEEKDAYS_9_17, validFrom: '2026-03-25', validUntil: '2026-03-27' };
    expect(starts(rule, '2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z')).toEqual([
      '2026-03-25T07:00:00.000Z',
      '2026-03-26T07:00:00.000Z',
      '2026-03-27T07:00:00.000Z',
    ]);
  });

  it('honours UNTIL as a date and as an instant', () => {
    const byDate = { ...WEEKDAYS_9_17, rrule: 'FREQ=DAILY;UNTIL=20260325' };
    expect(starts(byDate, '2026-03-23T00:00:00Z', '2026-04-10T00:00:00Z')).toHaveLength(3);
    // UNTIL at 07:00Z on the 25th includes that day's 07:00Z start; one minute earlier excludes it.
    const byInstant = { ...WEEKDAYS_9_17, rrule: 'FREQ=DAILY;UNTIL=20260325T070000Z' };
    expect(starts(byInstant, '2026-03-23T00:00:00Z', '2026-04-10T00:00:00Z')).toHaveLength(3);
    const earlier = { ...WEEKDAYS_9_17, rrule: 'FREQ=DAILY;UNTIL=20260325T065900Z' };
    expect(starts(earlier, '2026-03-23T00:00:00Z', '2026-04-10T00:00:00Z')).toHaveLength(2);
  });

  it('counts COUNT from validFrom even when the range starts later', () => {
    const rule = { ...WEEKDAYS_9_17, rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=7', validFrom: '2026-03-23' };
    // Occurrences: 23..27 March (5) and 30, 31 March (2); a range from 31 March sees only the last one.
    expect(starts(rule, '2026-03-31T00:00:00Z', '2026-05-01T00:00:00Z')).toEqual(['2026-03-31T06:00:00.000Z']);
  });

  it('keeps the alternate weeks of an INTERVAL when the range is far after validFrom', () => {
    const everyOtherTuesday: TAvailabilityRule = {
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
      startTime: '14:00',
      endTime: '18:00',
      validFrom: '2026-01-06',
    };
    // 2026-01-06 is a Tuesday; 2026-10-20 is 41 weeks later (odd: not an occurrence), 2026-10-27 is 42 weeks later.
    expect(starts(everyOtherTuesday, '2026-10-19T00:00:00Z', '2026-11-11T00:00:00Z')).toEqual([
      '2026-10-27T12:00:00.000Z',
      '2026-11-10T12:00:00.000Z',
    ]);
    const weeklyNoByDay: TAvailabilityRule = { ...everyOtherTuesday, rrule: 'FREQ=WEEKLY;INTERVAL=2' };
    expect(starts(weeklyNoByDay, '2026-10-19T00:00:00Z', '2026-11-11T00:00:00Z')).toEqual([
      '2026-10-27T12:00:00.000Z',
      '2026-11-10T12:00:00.000Z',
    ]);
    const everyThirdDay: TAvailabilityRule = { ...everyOtherTuesday, rrule: 'FREQ=DAILY;INTERVAL=3' };
    // 2026-01-06 + 3k days: 2026-10-23 is day 290 (= 3 × 96 + 2, no), 2026-10-22 is day 289 (no), 2026-10-21 is day 288 (yes).
    expect(starts(everyThirdDay, '2026-10-20T00:00:00Z', '2026-10-28T00:00:00Z')).toEqual([
      '2026-10-21T11:00:00.000Z',
      '2026-10-24T11:00:00.000Z',
      '2026-10-27T12:00:00.000Z',
    ]);
  });

  it('includes a window that started the day before the range and ends inside it', () => {
    const overnight: TAvailabilityRule = {
      rrule: 'FREQ=DAILY',
      startTime: '20:00',
      endTime: '24:00',
      validFrom: '2026-01-01',
    };
    expect(spans(overnight, '2026-03-23T21:30:00Z', '2026-03-23T23:00:00Z')).toEqual(['2026-03-23T18:00/22:00']);
  });

  it('refuses an invalid stored rule', () => {
    expect(() =>
      expandRule({ ...WEEKDAYS_9_17, rrule: 'FREQ=MONTHLY' }, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')),
    ).toThrow(RangeError);
  });
});
