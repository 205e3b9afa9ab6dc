import { describe, expect, it } from 'vitest';
import { deliveryInstant } from './journey-dates';

describe('deliveryInstant', () => {
  it('is the start of the end day in Sofia (winter and summer time)', () => {
    expect(deliveryInstant('2026-01-15', null).toISOString()).toBe('2026-01-14T22:00:00.000Z');
    expect(deliveryInstant('2026-04-10', new Date('2026-04-03T08:00:00Z')).toISOString()).toBe(
      '2026-04-09T21:00:00.000Z',
    );
  });

  it('depends only on the end date, so recording the delivery again does not move it', () => {
    const created = new Date('2026-04-01T08:00:00Z');
    expect(deliveryInstant('2026-04-10', created)).toEqual(deliveryInstant('2026-04-10', created));
  });

  it('never comes before its request, for a service requested and delivered on the same day', () => {
    const created = new Date('2026-04-10T07:30:00Z');
    expect(deliveryInstant('2026-04-10', created)).toEqual(created);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => deliveryInstant('2026-02-30', null)).toThrow(RangeError);
  });
});
