import { describe, expect, it } from 'vitest';
import { buildSmeRequest, newFigureRow, newLinkRow, parseDecimal, type TFigureRow } from './check-model';

const row = (year: string, staff: string, turnover: string, balanceSheet: string, key = `k${year}`): TFigureRow => ({
  key,
  year,
  staff,
  turnover,
  balanceSheet,
});

describe('SME self-check form', () => {
  it('reads numbers as people type them', () => {
    expect(parseDecimal('1 500 000')).toBe(1_500_000);
    expect(parseDecimal('1\u00a0500\u00a0000,50')).toBe(1_500_000.5);
    expect(parseDecimal('1,500,000')).toBe(1_500_000);
    expect(parseDecimal('1.234.567,89')).toBe(1_234_567.89);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('12 души')).toBeNull();
  });

  it('builds the request body from valid rows', () => {
    const link = { ...newLinkRow(2025), name: ' Holding ', capitalShare: '30', votingShare: '25,5' };
    link.figures = [row('2025', '100', '20 000 000', '15000000', 'lf')];
    const { problems, body } = buildSmeRequest([row('2025', '40', '8 500 000', '6000000')], [link]);
    expect(problems).toEqual({});
    expect(body).toEqual({
      figures: [{ year: 2025, staff: 40, turnover: 8_500_000, balanceSheet: 6_000_000 }],
      links: [
        {
          relation: 'owned_by',
          name: 'Holding',
          capitalShare: 30,
          votingShare: 25.5,
          boardControl: false,
          dominantInfluence: false,
          votingAgreement: false,
          isPublicBody: false,
          figures: [{ year: 2025, staff: 100, turnover: 20_000_000, balanceSheet: 15_000_000 }],
        },
      ],
    });
  });

  it('reports problems per row and field', () => {
    const link = { ...newLinkRow(''), key: 'L', capitalShare: '120', votingShare: '' };
    link.figures = [];
    const { problems } = buildSmeRequest(
      [row('2025', 'x', '', '-1', 'a'), row('2025', '1', '1', '1', 'b'), row('99', '1', '1', '1', 'c')],
      [link],
    );
    expect(problems).toEqual({
      'a.staff': 'format',
      'a.turnover': 'required',
      'a.balanceSheet': 'range',
      'b.year': 'duplicate_year',
      'c.year': 'range',
      'L.capitalShare': 'range',
      'L.votingShare': 'required',
    });
  });

  it('needs at least one year of own figures; partner figures may be empty', () => {
    expect(buildSmeRequest([], []).problems).toEqual({ figures: 'required' });
  });

  it('gives rows rendered on the server fixed keys, new rows unique ones', () => {
    expect(newFigureRow(2025, 'own-1').key).toBe('own-1');
    expect(newFigureRow(2025).key).not.toBe(newFigureRow(2025).key);
  });
});
