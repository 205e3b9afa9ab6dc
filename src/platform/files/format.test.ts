import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatScore, roundSigned } from './format';
import { radarPoint } from '../../modules/assessments/files/radar';

describe('report formatting', () => {
  it('shows scores with one decimal, half up, with the locale decimal mark', () => {
    expect(formatScore(41.7619, 'bg')).toBe('41,8');
    expect(formatScore(41.75, 'en')).toBe('41.8');
    expect(formatScore(100, 'bg')).toBe('100,0');
  });

  it('signs changes symmetrically and shows no sign for no change', () => {
    expect(roundSigned(-0.55)).toBe(-0.6);
    expect(roundSigned(0.55)).toBe(0.6);
    expect(formatChange(3.25, 'bg')).toBe('+3,3');
    expect(formatChange(-3.25, 'en')).toBe('\u22123.3');
    expect(formatChange(-0.04, 'en')).toBe('0.0');
  });

  it('dates the calendar day in Sofia, summer and winter', () => {
    expect(formatDate(new Date('2026-03-31T22:30:00Z'), 'bg')).toBe('01.04.2026'); // UTC+3
    expect(formatDate(new Date('2026-01-31T21:59:00Z'), 'en')).toBe('2026-01-31'); // UTC+2
    expect(formatDate(new Date('2026-01-31T22:00:00Z'), 'en')).toBe('2026-02-01');
  });
});

describe('radarPoint', () => {
  it('puts the first axis straight up and goes clockwise, scaled by the value', () => {
    const near = ([x, y]: [number, number]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
    expect(near(radarPoint(100, 100, 50, 0, 6, 100))).toEqual([100, 50]);
    expect(near(radarPoint(100, 100, 50, 3, 6, 50))).toEqual([100, 125]);
    expect(near(radarPoint(100, 100, 50, 1, 4, 100))).toEqual([150, 100]);
    // Out-of-range values are clamped to the chart.
    expect(near(radarPoint(100, 100, 50, 0, 6, 140))).toEqual([100, 50]);
  });
});
