import { describe, expect, it } from 'vitest';
import {
  type TAvailabilityException,
  type TAvailabilityRule,
  type TInterval,
  bookingLengthProblem,
  clipIntervals,
  deskBookingAllowed,
  fitsAvailability,
  maxConcurrentSeats,
  mergeIntervals,
  openIntervals,
  subtractIntervals,
} from './availability';

const at = (iso: string) => new Date(iso);
const iv = (from: string, to: string): TInterval => ({ startsAt: at(from), endsAt: at(to) });
const show = (intervals: TInterval[]) =>
  intervals.map((i) => `${i.startsAt.toISOString().slice(5, 16)}/${i.endsAt.toISOString().slice(5, 16)}`);

const WEEKDAYS_9_17: TAvailabilityRule = {
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  startTime: '09:00',
  endTime: '17:00',
  validFrom: '2026-01-01',
};
const TUESDAY_17_20: TAvailabilityRule = {
  rrule: 'FREQ=WEEKLY;BYDAY=TU',
  startTime: '17:00',
  endTime: '20:00',
  validFrom: '2026-01-01',
};
// Monday 2026-03-23 00:00 local to Monday 2026-03-30 00:00 local (the week of the spring change).
const WEEK = { from: at('2026-03-22T22:00:00Z'), to: at('2026-03-29T21:00:00Z') };

describe('interval algebra', () => {
  it('merges overlapping and touching intervals, sorted, dropping empty ones', () => {
    expect(
      show(
        mergeIntervals([
          iv('2026-03-23T12:00Z', '2026-03-23T13:00Z'),
          iv('2026-03-23T07:00Z', '2026-03-23T10:00Z'),
          iv('2026-03-23T09:00Z', '2026-03-23T11:00Z'),
          iv('2026-03-23T11:00Z', '2026-03-23T11:30Z'),
          iv('2026-03-23T14:00Z', '2026-03-23T14:00Z'),
          iv('2026-03-23T08:00Z', '2026-03-23T08:30Z'),
        ]),
      ),
    ).toEqual(['03-23T07:00/03-23T11:30', '03-23T12:00/03-23T13:00']);
  });

  it('does not change its input', () => {
    const input = [iv('2026-03-23T07:00Z', '2026-03-23T10:00Z'), iv('2026-03-23T09:00Z', '2026-03-23T11:00Z')];
    mergeIntervals(input);
    expect(input[0].endsAt.toISOString()).toBe('2026-03-23T10:00:00.000Z');
  });

  it('subtracts holes in the middle, at the edges and covering whole intervals', () => {
    const base = [
      iv('2026-03-23T07:00Z', '2026-03-23T15:00Z'),
      iv('2026-03-24T07:00Z', '2026-03-24T15:00Z'),
      iv('2026-03-25T07:00Z', '2026-03-25T15:00Z'),
    ];
    const cuts = [
      iv('2026-03-23T10:00Z', '2026-03-23T11:00Z'),
      iv('2026-03-23T12:00Z', '2026-03-23T12:30Z'),
      iv('2026-03-23T14:00Z', '2026-03-24T08:00Z'),
      iv('2026-03-25T06:00Z', '2026-03-25T16:00Z'),
    ];
    expect(show(subtractIntervals(base, cuts))).toEqual([
      '03-23T07:00/03-23T10:00',
      '03-23T11:00/03-23T12:00',
      '03-23T12:30/03-23T14:00',
      '03-24T08:00/03-24T15:00',
    ]);
    expect(show(subtractIntervals(base, []))).toHaveLength(3);
  });

  it('clips to a range', () => {
    expect(
      show(
        clipIntervals([iv('2026-03-23T07:00Z', '2026-03-23T15:00Z'), iv('2026-03-24T07:00Z', '2026-03-24T15:00Z')], {
          from: at('2026-03-23T10:00Z'),
          to: at('2026-03-24T07:00Z'),
        }),
      ),
    ).toEqual(['03-23T10:00/03-23T15:00']);
  });
});

describe('openIntervals', () => {
  it('expands the rules over a week (Saturday and Sunday closed) and merges adjacent rules', () => {
    expect(show(openIntervals([WEEKDAYS_9_17, TUESDAY_17_20], [], WEEK))).toEqual([
      '03-23T07:00/03-23T15:00',
      '03-24T07:00/03-24T18:00',
      '03-25T07:00/03-25T15:00',
      '03-26T07:00/03-26T15:00',
      '03-27T07:00/03-27T15:00',
    ]);
  });

  it('cuts closures out, even over extra openings, and adds extra openings', () => {
    const exceptions: TAvailabilityException[] = [
      // Wednesday closed all day (a holiday).
      { kind: 'closed', startsAt: at('2026-03-24T22:00Z'), endsAt: at('2026-03-25T22:00Z') },
      // Thursday maintenance 12:00–13:00 local.
      { kind: 'closed', startsAt: at('2026-03-26T10:00Z'), endsAt: at('2026-03-26T11:00Z') },
      // Saturday opened 10:00–14:00 local, but 11:00–12:00 local closed again.
      { kind: 'open', startsAt: at('2026-03-28T08:00Z'), endsAt: at('2026-03-28T12:00Z') },
      { kind: 'closed', startsAt: at('2026-03-28T09:00Z'), endsAt: at('2026-03-28T10:00Z') },
      // Friday open longer: 17:00–19:00 local joins the rule's window.
      { kind: 'open', startsAt: at('2026-03-27T15:00Z'), endsAt: at('2026-03-27T17:00Z') },
    ];
    expect(show(openIntervals([WEEKDAYS_9_17], exceptions, WEEK))).toEqual([
      '03-23T07:00/03-23T15:00',
      '03-24T07:00/03-24T15:00',
      '03-26T07:00/03-26T10:00',
      '03-26T11:00/03-26T15:00',
      '03-27T07:00/03-27T17:00',
      '03-28T08:00/03-28T09:00',
      '03-28T10:00/03-28T12:00',
    ]);
  });

  it('clips to the range and works without rules', () => {
    const range = { from: at('2026-03-23T10:00Z'), to: at('2026-03-23T12:00Z') };
    expect(show(openIntervals([WEEKDAYS_9_17], [], range))).toEqual(['03-23T10:00/03-23T12:00']);
    expect(
      show(
        openIntervals(
          [],
          [{ kind: 'open', startsAt: at('2026-03-23T11:00Z'), endsAt: at('2026-03-23T20:00Z') }],
          range,
        ),
      ),
    ).toEqual(['03-23T11:00/03-23T12:00']);
    expect(openIntervals([], [], range)).toEqual([]);
  });
});

describe('fitsAvailability', () => {
  const open = [
    iv('2026-03-23T07:00Z', '2026-03-23T15:00Z'),
    iv('2026-03-23T15:00Z', '2026-03-23T17:00Z'),
    iv('2026-03-24T07:00Z', '2026-03-24T15:00Z'),
  ];

  it('accepts a booking inside one open interval, edges included', () => {
    expect(fitsAvailability(open, at('2026-03-23T07:00Z'), at('2026-03-23T15:00Z'))).toBe(true);
    expect(fitsAvailability(open, at('2026-03-23T09:00Z'), at('2026-03-23T10:00Z'))).toBe(true);
  });

  it('treats touching open intervals as one', () => {
    expect(fitsAvailability(open, at('2026-03-23T14:00Z'), at('2026-03-23T16:00Z'))).toBe(true);
  });

  it('refuses a booking spilling out of the opening, spanning a closed night, or empty', () => {
    expect(fitsAvailability(open, at('2026-03-23T06:59Z'), at('2026-03-23T08:00Z'))).toBe(false);
    expect(fitsAvailability(open, at('2026-03-23T16:00Z'), at('2026-03-23T17:01Z'))).toBe(false);
    expect(fitsAvailability(open, at('2026-03-23T14:00Z'), at('2026-03-24T08:00Z'))).toBe(false);
    expect(fitsAvailability(open, at('2026-03-23T09:00Z'), at('2026-03-23T09:00Z'))).toBe(false);
    expect(fitsAvailability([], at('2026-03-23T09:00Z'), at('2026-03-23T10:00Z'))).toBe(false);
  });
});

describe('bookingLengthProblem', () => {
  it('checks the minimum and maximum length in minutes, inclusive', () => {
    expect(bookingLengthProblem(at('2026-03-23T07:00Z'), at('2026-03-23T07:29Z'), 30, 480)).toBe('too_short');
    expect(bookingLengthProblem(at('2026-03-23T07:00Z'), at('2026-03-23T07:30Z'), 30, 480)).toBeNull();
    expect(bookingLengthProblem(at('2026-03-23T07:00Z'), at('2026-03-23T15:00Z'), 30, 480)).toBeNull();
    expect(bookingLengthProblem(at('2026-03-23T07:00Z'), at('2026-03-23T15:01Z'), 30, 480)).toBe('too_long');
  });
});

describe('maxConcurrentSeats and deskBookingAllowed', () => {
  const b = (from: string, to: string, seats: number) => ({
    startsAt: at(`2026-03-23T${from}:00Z`),
    endsAt: at(`2026-03-23T${to}:00Z`),
    seats,
  });

  it('finds the peak, not the sum, of seats over the range', () => {
    const bookings = [b('07:00', '09:00', 2), b('08:00', '10:00', 1), b('09:00', '11:00', 3), b('12:00', '13:00', 4)];
    // 08–09: 2 + 1 = 3; 09–10: 1 + 3 = 4 (the first ended at 09:00); 12–13: 4.
    expect(maxConcurrentSeats(bookings, at('2026-03-23T07:00Z'), at('2026-03-23T11:00Z'))).toBe(4);
    expect(maxConcurrentSeats(bookings, at('2026-03-23T07:00Z'), at('2026-03-23T09:00Z'))).toBe(3);
    expect(maxConcurrentSeats(bookings, at('2026-03-23T10:00Z'), at('2026-03-23T12:00Z'))).toBe(3);
    expect(maxConcurrentSeats(bookings, at('2026-03-23T07:00Z'), at('2026-03-23T14:00Z'))).toBe(4);
  });

  it('does not count back-to-back bookings as overlapping, nor bookings outside the range', () => {
    const bookings = [b('07:00', '08:00', 3), b('08:00', '09:00', 3), b('09:00', '10:00', 3)];
    expect(maxConcurrentSeats(bookings, at('2026-03-23T07:00Z'), at('2026-03-23T10:00Z'))).toBe(3);
    expect(maxConcurrentSeats(bookings, at('2026-03-23T10:00Z'), at('2026-03-23T11:00Z'))).toBe(0);
    expect(maxConcurrentSeats([], at('2026-03-23T10:00Z'), at('2026-03-23T11:00Z'))).toBe(0);
  });

  it('allows desks up to the capacity exactly, and no further', () => {
    expect(deskBookingAllowed({ capacity: 6, overlapping: 4, seats: 2 })).toBe(true);
    expect(deskBookingAllowed({ capacity: 6, overlapping: 5, seats: 2 })).toBe(false);
    expect(deskBookingAllowed({ capacity: 6, overlapping: 0, seats: 7 })).toBe(false);
    expect(deskBookingAllowed({ capacity: 1, overlapping: 0, seats: 1 })).toBe(true);
    expect(deskBookingAllowed({ capacity: 6, overlapping: 0, seats: 0 })).toBe(false);
    expect(deskBookingAllowed({ capacity: 6, overlapping: 0, seats: 1.5 })).toBe(false);
  });
});
