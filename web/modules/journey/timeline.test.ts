import { describe, expect, it } from 'vitest';
import { countByKind, inTimeOrder, serviceTitle, stars } from './timeline';
import type { TJourneyItem } from './types';

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
  { at: '2026-02-01T09:00:00Z', kind: 'assessment', assessmentId: 'a1', stage: 'T0', overall: { score: 41.8, band: 'average' } },
];

describe('journey timeline', () => {
  it('orders oldest first and keeps the server order for equal times', () => {
    expect(inTimeOrder(items).map((i) => i.kind)).toEqual(['registered', 'assessment', 'request', 'feedback']);
  });

  it('counts the steps of each kind', () => {
    expect(countByKind(items)).toEqual({ registered: 1, assessment: 1, request: 1, delivery: 0, feedback: 1 });
  });

  it('picks the title in the UI language, English falling back to Bulgarian', () => {
    expect(serviceTitle({ serviceTitleBg: 'Обучение', serviceTitleEn: 'Training' }, 'en')).toBe('Training');
    expect(serviceTitle({ serviceTitleBg: 'Обучение', serviceTitleEn: '' }, 'en')).toBe('Обучение');
    expect(serviceTitle({ serviceTitleBg: 'Обучение', serviceTitleEn: 'Training' }, 'bg')).toBe('Обучение');
  });

  it('draws a rating as filled and empty stars', () => {
    expect(stars(4)).toBe('★★★★☆');
    expect(stars(1)).toBe('★☆☆☆☆');
    expect(stars(9)).toBe('★★★★★');
  });
});
