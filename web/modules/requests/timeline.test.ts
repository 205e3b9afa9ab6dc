import { describe, expect, it } from 'vitest';
import { countByKind, inTimeOrder, localTitle, serviceTitle, stars } from './timeline';
import type { TJourneyItem } from '../../../src/contract/requests';

const items: TJourneyItem[] = [
  {
    at: '2026-03-02T10:00:00Z',
    kind: 'request',
    requestId: 'r1',
    ref: 1,
    status: 'submitted',
    serviceTitleBg: 'Обучение',
    serviceTitleEn: 'Training',
  },
  { at: '2026-01-01T08:00:00Z', kind: 'registered' },
  { at: '2026-03-02T10:00:00Z', kind: 'feedback', requestId: 'r1', ref: 1, rating: 4, comment: null },
  {
    at: '2026-02-01T09:00:00Z',
    kind: 'assessment',
    assessmentId: 'a1',
    stage: 'T0',
    overall: { score: 41.8, band: 'average' },
  },
  {
    at: '2026-01-20T09:00:00Z',
    kind: 'event_registration',
    registrationId: 'g1',
    eventId: 'e1',
    eventSlug: 'cyber',
    eventTitleBg: 'Киберсигурност',
    eventTitleEn: 'Cybersecurity',
    status: 'confirmed',
    seats: 2,
  },
  {
    at: '2026-04-01T08:00:00Z',
    kind: 'booking',
    bookingId: 'b1',
    resourceSlug: 'range',
    resourceTitleBg: 'Полигон',
    resourceTitleEn: 'Range',
    startsAt: '2026-04-01T08:00:00Z',
    endsAt: '2026-04-01T10:00:00Z',
    status: 'confirmed',
    seats: 1,
  },
];

describe('journey timeline', () => {
  it('orders oldest first and keeps the server order for equal times', () => {
    expect(inTimeOrder(items).map((i) => i.kind)).toEqual([
      'registered',
      'event_registration',
      'assessment',
      'request',
      'feedback',
      'booking',
    ]);
  });

  it('counts the steps of each kind', () => {
    expect(countByKind(items)).toEqual({
      registered: 1,
      assessment: 1,
      request: 1,
      delivery: 0,
      feedback: 1,
      event_registration: 1,
      check_in: 0,
      certificate: 0,
      booking: 1,
    });
  });

  it('picks the title in the UI language, English falling back to Bulgarian', () => {
    expect(serviceTitle({ serviceTitleBg: 'Обучение', serviceTitleEn: 'Training' }, 'en')).toBe('Training');
    expect(serviceTitle({ serviceTitleBg: 'Обучение', serviceTitleEn: '' }, 'en')).toBe('Обучение');
    expect(serviceTitle({ serviceTitleBg: 'Обучение', serviceTitleEn: 'Training' }, 'bg')).toBe('Обучение');
  });

  it('picks a session or facility title in the UI language, either falling back to the other', () => {
    expect(localTitle('Първи ден', 'Day one', 'en')).toBe('Day one');
    expect(localTitle('Първи ден', null, 'en')).toBe('Първи ден');
    expect(localTitle(null, 'Day one', 'bg')).toBe('Day one');
    expect(localTitle(null, null, 'bg')).toBeNull();
  });

  it('draws a rating as filled and empty stars', () => {
    expect(stars(4)).toBe('★★★★☆');
    expect(stars(1)).toBe('★☆☆☆☆');
    expect(stars(9)).toBe('★★★★★');
  });
});
