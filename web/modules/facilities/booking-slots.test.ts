import { describe, expect, it } from 'vitest';
import { checkSlot, openDays, openWindowsOn, slotInstants } from './booking-slots';
import type { TAvailability } from '../../../src/contract/facilities';

// Thursday 26 March 2026 (EET, UTC+2) and Monday 30 March 2026 (EEST, UTC+3), 09:00–17:00 Sofia.
const availability: TAvailability = {
  capacity: 1,
  open: [
    { startsAt: '2026-03-26T07:00:00Z', endsAt: '2026-03-26T15:00:00Z' },
    { startsAt: '2026-03-30T06:00:00Z', endsAt: '2026-03-30T14:00:00Z' },
  ],
  busy: [{ startsAt: '2026-03-30T07:00:00Z', endsAt: '2026-03-30T09:00:00Z', seats: 1, mine: false }],
};
const NOW = new Date('2026-03-20T10:00:00Z');

describe('booking slots', () => {
  it('lists the open windows of a day in Sofia time on both sides of the clock change', () => {
    expect(openWindowsOn(availability, '2026-03-26')).toEqual([{ from: '09:00', to: '17:00' }]);
    expect(openWindowsOn(availability, '2026-03-30')).toEqual([{ from: '09:00', to: '17:00' }]);
    expect(openWindowsOn(availability, '2026-03-27')).toEqual([]);
    expect(openDays(availability)).toEqual(['2026-03-26', '2026-03-30']);
  });

  it('turns a day and wall-clock times into instants', () => {
    expect(slotInstants('2026-03-30', '10:00', '12:00')).toEqual({
      startsAt: '2026-03-30T07:00:00.000Z',
      endsAt: '2026-03-30T09:00:00.000Z',
    });
  });

  it('accepts a free slot within the opening hours', () => {
    expect(checkSlot(availability, '2026-03-26', '10:00', '12:00', 1, NOW)).toBeNull();
    expect(checkSlot(availability, '2026-03-30', '12:00', '17:00', 1, NOW)).toBeNull();
  });

  it('names what is wrong with a slot', () => {
    expect(checkSlot(availability, '2026-03-26', '12:00', '10:00', 1, NOW)).toBe('order');
    expect(checkSlot(availability, '2026-03-26', '8:00', '10:00', 1, NOW)).toBe('invalid');
    expect(checkSlot(availability, '2026-03-26', '16:00', '18:00', 1, NOW)).toBe('outside_availability');
    expect(checkSlot(availability, '2026-03-27', '10:00', '12:00', 1, NOW)).toBe('outside_availability');
    expect(checkSlot(availability, '2026-03-30', '11:00', '13:00', 1, NOW)).toBe('slot_taken');
    expect(checkSlot(availability, '2026-03-26', '10:00', '12:00', 1, new Date('2026-03-27T00:00:00Z'))).toBe('past');
  });

  it('counts seats at the busiest moment for shared desks', () => {
    const desks: TAvailability = {
      ...availability,
      capacity: 3,
      busy: [
        { startsAt: '2026-03-26T07:00:00Z', endsAt: '2026-03-26T08:00:00Z', seats: 2, mine: false },
        { startsAt: '2026-03-26T09:00:00Z', endsAt: '2026-03-26T10:00:00Z', seats: 2, mine: true },
      ],
    };
    // The two bookings never overlap each other: at most 2 seats are held at once.
    expect(checkSlot(desks, '2026-03-26', '09:00', '13:00', 1, NOW)).toBeNull();
    expect(checkSlot(desks, '2026-03-26', '09:00', '13:00', 2, NOW)).toBe('slot_taken');
  });
});
