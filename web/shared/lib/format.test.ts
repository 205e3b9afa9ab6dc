import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatEuro, formatNumber, formatPercent, localName, orgName } from './format';

describe('formatting per language in Sofia time', () => {
  // 21:30 UTC on 31 Dec is already 1 January in Sofia (UTC+2).
  const newYear = '2025-12-31T22:30:00.000Z';

  it('shows dates in Europe/Sofia, whatever the machine zone', () => {
    expect(formatDate(newYear, 'en')).toBe('1 Jan 2026');
    expect(formatDate(newYear, 'bg')).toMatch(/^1\.01\.2026/);
    expect(formatDateTime(newYear, 'en')).toBe('1 Jan 2026, 00:30');
  });

  it('gives an empty string for missing or invalid dates', () => {
    expect(formatDate(null, 'bg')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
  });

  it('formats numbers, euros and percentages per language', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(12345.5, 'bg').replace(/\s/g, ' ')).toBe('12 345,5');
    expect(formatEuro(1_500_000, 'en')).toBe('€1,500,000');
    expect(formatEuro(1_500_000, 'bg').replace(/\s/g, ' ')).toBe('1 500 000 €');
    expect(formatPercent(25, 'en')).toBe('25%');
    expect(formatPercent(33.33, 'en')).toBe('33.33%');
    expect(formatNumber(null, 'en')).toBe('');
  });

  it('picks reference names by language, English falling back to Bulgarian', () => {
    expect(localName({ nameBg: 'Стара Загора', nameEn: 'Stara Zagora' }, 'en')).toBe('Stara Zagora');
    expect(localName({ nameBg: 'Стара Загора', nameEn: 'Stara Zagora' }, 'bg')).toBe('Стара Загора');
    expect(orgName({ legalNameBg: 'Фирма', legalNameEn: null }, 'en')).toBe('Фирма');
    expect(orgName({ legalNameBg: 'Фирма', legalNameEn: 'Firm' }, 'en')).toBe('Firm');
  });
});
