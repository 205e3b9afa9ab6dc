import { describe, expect, it } from 'vitest';
import { eventTitle, isActive, paragraphs, seatsState, waitlistMove } from './texts';

describe('event texts and rules', () => {
  it('falls back to the Bulgarian title in English', () => {
    expect(eventTitle({ titleBg: 'Семинар', titleEn: 'Seminar' }, 'en')).toBe('Seminar');
    expect(eventTitle({ titleBg: 'Семинар', titleEn: '' }, 'en')).toBe('Семинар');
    expect(eventTitle({ titleBg: 'Семинар', titleEn: 'Seminar' }, 'bg')).toBe('Семинар');
  });

  it('splits a description into paragraphs', () => {
    expect(paragraphs('a\n\n b \n  \nc')).toEqual(['a', 'b', 'c']);
  });

  it('says how many seats are left, or that the event is full', () => {
    expect(seatsState({ capacity: null, seatsLeft: null, waitlistCount: 0 })).toEqual({ kind: 'unlimited' });
    expect(seatsState({ capacity: 3, seatsLeft: 2, waitlistCount: 0 })).toEqual({ kind: 'left', count: 2 });
    expect(seatsState({ capacity: 3, seatsLeft: 0, waitlistCount: 4 })).toEqual({ kind: 'full', waiting: 4 });
  });

  it('counts only live registrations as active', () => {
    expect(isActive({ status: 'waitlisted' })).toBe(true);
    expect(isActive({ status: 'offered' })).toBe(true);
    expect(isActive({ status: 'cancelled' })).toBe(false);
    expect(isActive({ status: 'expired' })).toBe(false);
  });

  it('turns move up / move down into the API’s "place before"', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(waitlistMove(ids, 2, 'up')).toBe('b');
    expect(waitlistMove(ids, 0, 'up')).toBeUndefined();
    expect(waitlistMove(ids, 1, 'down')).toBe('d');
    expect(waitlistMove(ids, 2, 'down')).toBeNull();
    expect(waitlistMove(ids, 3, 'down')).toBeUndefined();
  });
});
