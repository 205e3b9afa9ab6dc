import { describe, expect, it } from 'vitest';
import { assertCents, centsToDecimal, formatEur } from './money';

/** Intl uses no-break spaces; compare with plain spaces for readability. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('centsToDecimal', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [99, '0.99'],
    [100, '1.00'],
    [123456, '1234.56'],
    [300_000_00, '300000.00'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('%i → %s', (cents, text) => {
    expect(centsToDecimal(cents)).toBe(text);
  });

  it('refuses fractions of a cent', () => {
    expect(() => centsToDecimal(1.5)).toThrow(RangeError);
  });
});

describe('formatEur', () => {
  it('formats in Bulgarian', () => {
    expect(plain(formatEur(123456, 'bg'))).toBe('1234,56 €');
    expect(plain(formatEur(300_000_00, 'bg'))).toBe('300 000,00 €');
    expect(plain(formatEur(5, 'bg'))).toBe('0,05 €');
  });

  it('formats in English', () => {
    expect(formatEur(123456, 'en')).toBe('€1,234.56');
    expect(formatEur(300_000_00, 'en')).toBe('€300,000.00');
    expect(formatEur(0, 'en')).toBe('€0.00');
    expect(formatEur(-5, 'en')).toBe('-€0.05');
  });

  it('keeps every cent of amounts beyond double precision of their euro value', () => {
    expect(formatEur(Number.MAX_SAFE_INTEGER, 'en')).toBe('€90,071,992,547,409.91');
  });
});

describe('assertCents', () => {
  it.each([0, 1, 300_000_00])('accepts %i', (v) => {
    expect(() => assertCents(v, 'x')).not.toThrow();
  });

  it.each([-1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %d', (v) => {
    expect(() => assertCents(v, 'amount')).toThrow(/amount must be a whole, non-negative number of cents/);
  });
});
