import { describe, expect, it } from 'vitest';
import {
  decideRegistration,
  effectiveCapacity,
  registrationWindow,
  seatsHeld,
  seatsLeft,
  seatsProblem,
} from './capacity';

describe('effectiveCapacity', () => {
  it('takes the smallest limit of the event and its sessions', () => {
    expect(effectiveCapacity(50, [null, 40, 45])).toBe(40);
    expect(effectiveCapacity(30, [40, null])).toBe(30);
    expect(effectiveCapacity(null, [null, 25])).toBe(25);
  });

  it('is null when nothing is limited', () => {
    expect(effectiveCapacity(null, [])).toBeNull();
    expect(effectiveCapacity(null, [null, null])).toBeNull();
  });
});

describe('seatsHeld and seatsLeft', () => {
  it('counts the seats of confirmed, pending and offered registrations only', () => {
    const registrations = [
      { status: 'confirmed', seats: 3 },
      { status: 'pending', seats: 2 },
      { status: 'offered', seats: 4 },
      { status: 'waitlisted', seats: 10 },
      { status: 'cancelled', seats: 5 },
      { status: 'declined', seats: 1 },
      { status: 'expired', seats: 1 },
      { status: 'rejected', seats: 1 },
    ];
    expect(seatsHeld(registrations)).toBe(9);
    expect(seatsHeld([])).toBe(0);
  });

  it('never reports negative seats left and is null without a limit', () => {
    expect(seatsLeft(10, 4)).toBe(6);
    expect(seatsLeft(10, 10)).toBe(0);
    expect(seatsLeft(10, 12)).toBe(0);
    expect(seatsLeft(null, 12)).toBeNull();
  });
});

describe('seatsProblem', () => {
  it('refuses non-positive or fractional parties and parties larger than the capacity', () => {
    expect(seatsProblem(10, 0)).toBe('seats_invalid');
    expect(seatsProblem(10, -1)).toBe('seats_invalid');
    expect(seatsProblem(10, 1.5)).toBe('seats_invalid');
    expect(seatsProblem(10, 11)).toBe('seats_exceed_capacity');
    expect(seatsProblem(10, 10)).toBeNull();
    expect(seatsProblem(null, 500)).toBeNull();
  });
});

describe('decideRegistration', () => {
  const base = { capacity: 10, held: 0, seats: 1, approvalRequired: false, waitlistLength: 0 };

  it('confirms while the party fits, exactly filling the last seats', () => {
    expect(decideRegistration({ ...base, held: 0 })).toBe('confirmed');
    expect(decideRegistration({ ...base, held: 7, seats: 3 })).toBe('confirmed');
  });

  it('waitlists the whole party when it does not fit (quantity-aware, no partial seats)', () => {
    expect(decideRegistration({ ...base, held: 8, seats: 3 })).toBe('waitlisted');
    expect(decideRegistration({ ...base, held: 10, seats: 1 })).toBe('waitlisted');
    // Staff lowered the capacity below the seats held.
    expect(decideRegistration({ ...base, held: 12, seats: 1 })).toBe('waitlisted');
  });

  it('keeps newcomers behind people already waiting even when seats are free (fair)', () => {
    expect(decideRegistration({ ...base, held: 2, seats: 1, waitlistLength: 1 })).toBe('waitlisted');
    expect(decideRegistration({ ...base, capacity: null, waitlistLength: 3 })).toBe('waitlisted');
  });

  it('makes the registration pending when approval is required, and still waitlists when full', () => {
    expect(decideRegistration({ ...base, approvalRequired: true })).toBe('pending');
    expect(decideRegistration({ ...base, approvalRequired: true, held: 10 })).toBe('waitlisted');
    expect(decideRegistration({ ...base, approvalRequired: true, waitlistLength: 1 })).toBe('waitlisted');
  });

  it('admits any party to an event without a limit', () => {
    expect(decideRegistration({ ...base, capacity: null, held: 1000, seats: 50 })).toBe('confirmed');
  });

  it('gives exactly `capacity` seats when parties arrive one after another', () => {
    let held = 0;
    let waitlistLength = 0;
    const decisions: string[] = [];
    for (const seats of [3, 4, 2, 2, 1, 1, 1]) {
      const decision = decideRegistration({ capacity: 10, held, seats, approvalRequired: false, waitlistLength });
      decisions.push(decision);
      if (decision === 'confirmed') held += seats;
      else waitlistLength += 1;
    }
    // 3 + 4 + 2 = 9; the party of 2 waits; after that nobody jumps the queue, even parties of 1.
    expect(decisions).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    expect(held).toBe(9);
  });

  it('throws for a party the caller should have refused', () => {
    expect(() => decideRegistration({ ...base, seats: 11 })).toThrow(RangeError);
    expect(() => decideRegistration({ ...base, seats: 0 })).toThrow(RangeError);
  });
});

describe('registrationWindow', () => {
  const at = (iso: string) => new Date(iso);
  const opens = at('2026-04-01T06:00:00Z');
  const closes = at('2026-04-20T21:00:00Z');
  const first = at('2026-04-22T06:00:00Z');

  it('is not yet open before the opening time, open from it', () => {
    expect(registrationWindow(at('2026-04-01T05:59:59Z'), opens, closes, first)).toBe('not_yet');
    expect(registrationWindow(opens, opens, closes, first)).toBe('open');
  });

  it('closes at the closing time', () => {
    expect(registrationWindow(at('2026-04-20T20:59:59Z'), opens, closes, first)).toBe('open');
    expect(registrationWindow(closes, opens, closes, first)).toBe('closed');
  });

  it('closes at the first session when no closing time is set', () => {
    expect(registrationWindow(at('2026-04-22T05:59:59Z'), opens, null, first)).toBe('open');
    expect(registrationWindow(first, opens, null, first)).toBe('closed');
  });

  it('is always open with no limits at all', () => {
    expect(registrationWindow(at('2030-01-01T00:00:00Z'), null, null, null)).toBe('open');
  });
});
