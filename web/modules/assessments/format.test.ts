import { describe, expect, it } from 'vitest';
import { changeDirection, formatChange, formatExact, formatExactChange, pageOf } from './format';

describe('score change formatting', () => {
  it('signs changes with a plus or a true minus, symmetric in magnitude', () => {
    expect(formatChange(3.25, 'en')).toBe('+3.3');
    expect(formatChange(-3.25, 'en')).toBe('\u22123.3');
    expect(formatChange(-12.5, 'bg')).toBe('\u221212,5');
    expect(formatChange(0.04, 'en')).toBe('0.0');
    expect(formatChange(-0.04, 'en')).toBe('0.0');
  });

  it('calls a change that rounds to zero no change', () => {
    expect(changeDirection(0.049)).toBe('none');
    expect(changeDirection(0.05)).toBe('up');
    expect(changeDirection(-0.05)).toBe('down');
  });
});

describe('reconciliation numbers', () => {
  it('shows the file value and the difference with the decimals they have, so theirs − ours reads true', () => {
    expect(formatExact(60.51, 'en')).toBe('60.51');
    expect(formatExact(60, 'en')).toBe('60.0');
    expect(formatExact(39.0814, 'bg')).toBe('39,0814');
    expect(formatExactChange(0.51, 'en')).toBe('+0.51');
    expect(formatExactChange(-0.6, 'bg')).toBe('\u22120,6');
    expect(formatExactChange(0, 'en')).toBe('0.0');
  });
});

describe('client-side paging', () => {
  const items = Array.from({ length: 120 }, (_, i) => i);
  it('slices pages of the given size and clamps the page', () => {
    expect(pageOf(items, 1, 50).items).toEqual(items.slice(0, 50));
    expect(pageOf(items, 3, 50)).toEqual({ items: items.slice(100), page: 3 });
    expect(pageOf(items, 9, 50).page).toBe(3);
    expect(pageOf(items, 0, 50).page).toBe(1);
    expect(pageOf([], 2, 50)).toEqual({ items: [], page: 1 });
  });
});
