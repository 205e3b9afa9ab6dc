import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../contract/events/enums';
import { DELIVERY_CATEGORIES } from '../../contract/requests/enums';
import { deliveryCategoryOfEventType, eventIsOver, lastSessionEnd } from './attendance';

describe('deliveryCategoryOfEventType', () => {
  it('counts trainings, workshops and seminars as skills and training', () => {
    expect(deliveryCategoryOfEventType('training')).toBe('training_skills');
    expect(deliveryCategoryOfEventType('workshop')).toBe('training_skills');
    expect(deliveryCategoryOfEventType('seminar')).toBe('training_skills');
  });

  it('counts forums, hackathons and matchmaking as innovation ecosystem and networking', () => {
    expect(deliveryCategoryOfEventType('conference')).toBe('ecosystem_networking');
    expect(deliveryCategoryOfEventType('hackathon')).toBe('ecosystem_networking');
    expect(deliveryCategoryOfEventType('matchmaking')).toBe('ecosystem_networking');
  });

  it('makes a general meeting (and anything unknown) no service', () => {
    expect(deliveryCategoryOfEventType('general_meeting')).toBeNull();
    expect(deliveryCategoryOfEventType('party')).toBeNull();
  });

  it('maps every event type to one of the delivery categories or to none', () => {
    for (const type of EVENT_TYPES) {
      const category = deliveryCategoryOfEventType(type);
      if (category !== null) expect(DELIVERY_CATEGORIES).toContain(category);
    }
  });
});

describe('eventIsOver', () => {
  const sessions = [
    { endsAt: new Date('2026-05-12T14:00:00Z') },
    { endsAt: new Date('2026-05-13T14:00:00Z') },
    { endsAt: new Date('2026-05-11T14:00:00Z') },
  ];

  it('is over from the end of the last session (inclusive), not of the first', () => {
    expect(lastSessionEnd(sessions)?.toISOString()).toBe('2026-05-13T14:00:00.000Z');
    expect(eventIsOver(sessions, new Date('2026-05-12T15:00:00Z'))).toBe(false);
    expect(eventIsOver(sessions, new Date('2026-05-13T13:59:59Z'))).toBe(false);
    expect(eventIsOver(sessions, new Date('2026-05-13T14:00:00Z'))).toBe(true);
  });

  it('is never over without sessions', () => {
    expect(lastSessionEnd([])).toBeNull();
    expect(eventIsOver([], new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
