import { describe, expect, it } from 'vitest';
import { centsToInput, formatCents, parseEuros } from './money';

describe('parseEuros', () => {
  it('reads whole euros, grouped thousands and a decimal comma or point', () => {
    expect(parseEuros('6000')).toBe(600_000);
    expect(parseEuros('6 000')).toBe(600_000);
    expect(parseEuros('6\u00a0000 €')).toBe(600_000);
    expect(parseEuros('6.000,50')).toBe(600_050);
    expect(parseEuros('6,000.50')).toBe(600_050);
    expect(parseEuros('45,5')).toBe(4_550);
    expect(parseEuros('0')).toBe(0);
  });

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '-5', '1,2,3', '12.3456', '1.00.0', '12345678901'])
      expect(parseEuros(bad), bad).toBeNull();
  });
});

describe('formatCents and centsToInput', () => {
  it('shows cents only when there are some', () => {
    expect(formatCents(600_000, 'en')).toBe('€6,000');
    expect(formatCents(4_550, 'en')).toBe('€45.50');
    expect(formatCents(45_000, 'bg').replace(/\s/g, ' ')).toBe('450 €');
  });

  it('writes euros a form can parse back', () => {
    expect(centsToInput(600_000)).toBe('6000');
    expect(centsToInput(4_550)).toBe('45.50');
    expect(parseEuros(centsToInput(123_456))).toBe(123_456);
  });
});
