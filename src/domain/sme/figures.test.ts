import { describe, expect, it } from 'vitest';
import { categoryForFigures } from './figures';
import { SME_REASON_CODES } from './reasons';
import { assess, ent, fig, link, M } from './test-fixtures';

describe('categoryForFigures', () => {
  it.each([
    [fig(2024, 5, 1, 1), 'micro'],
    [fig(2024, 9, 3, 3), 'small'], // staff fits micro but both financial ceilings are exceeded
    [fig(2024, 9, 3, 1), 'micro'], // either financial ceiling suffices
    [fig(2024, 9, 1, 3), 'micro'],
    [fig(2024, 10, 1, 1), 'small'], // staff ceiling is strict: 10 is not below 10
    [fig(2024, 9.99, 2, 2), 'micro'], // exactly EUR 2 m is within
    [{ year: 2024, staff: 9, turnover: 2 * M + 1, balanceSheet: 2 * M + 1 }, 'small'],
    [fig(2024, 49, 10, 10), 'small'],
    [fig(2024, 50, 1, 1), 'medium'],
    [fig(2024, 200, 60, 43), 'medium'], // balance sheet exactly at the medium ceiling
    [fig(2024, 200, 50, 100), 'medium'], // turnover exactly at the medium ceiling
    [fig(2024, 200, 51, 44), 'small_mid_cap'],
    [fig(2024, 250, 1, 1), 'small_mid_cap'],
    [fig(2024, 749, 150, 500), 'small_mid_cap'],
    [fig(2024, 300, 160, 129), 'small_mid_cap'],
    [fig(2024, 300, 160, 130), 'large'],
    [fig(2024, 750, 1, 1), 'large'],
  ] as const)('%o → %s', (f, expected) => {
    expect(categoryForFigures(f)).toBe(expected);
  });
});

describe('computeSmeCategory — beyond SME', () => {
  it('recognises a small mid-cap, which is not an SME', () => {
    const a = assess([ent('E', [fig(2024, 500, 140, 200)])]);
    expect(a.category).toBe('small_mid_cap');
    expect(a.isSme).toBe(false);
    expect(a.reasons).toContainEqual({ code: 'not_sme_category', params: { category: 'small_mid_cap' } });
    expect(a.reasons).toContainEqual({ code: 'staff_below', params: { year: 2024, staff: 500, ceiling: 750 } });
  });

  it('recognises a large enterprise and explains it against the small mid-cap ceilings', () => {
    const a = assess([ent('E', [fig(2024, 800, 100, 100)])]);
    expect(a.category).toBe('large');
    expect(a.isSme).toBe(false);
    expect(a.reasons).toContainEqual({ code: 'staff_above', params: { year: 2024, staff: 800, ceiling: 750 } });
  });

  it('becomes large through a linked group', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('G', [fig(2024, 5000, 2000, 2000)])], [link('G', 'E', 100)]);
    expect(a.category).toBe('large');
    expect(a.isSme).toBe(false);
  });

  it('only uses documented reason codes', () => {
    const a = assess(
      [ent('E', [fig(2023, 5, 1, 1), fig(2024, 300, 1, 1)]), ent('P', [fig(2022, 1, 1, 1)]), ent('M', [], 'pso')],
      [link('P', 'E', 30), link('M', 'E', 30)],
    );
    for (const r of a.reasons) expect(SME_REASON_CODES).toContain(r.code);
  });
});
