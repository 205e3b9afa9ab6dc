import { describe, expect, it } from 'vitest';
import { assess, codes, ent, fig, link } from './test-fixtures';

describe('computeSmeCategory — two consecutive years', () => {
  it('keeps the category after a single year over the ceiling', () => {
    const a = assess([ent('E', [fig(2023, 5, 1, 1), fig(2024, 12, 1, 1)])]);
    expect(a.perYear).toEqual([
      { year: 2023, category: 'micro' },
      { year: 2024, category: 'small' },
    ]);
    expect(a.category).toBe('micro');
    expect(a.restsOnYears).toEqual([2023]);
    expect(a.reasons).toContainEqual({
      code: 'two_year_rule_kept',
      params: { year: 2024, yearCategory: 'small', category: 'micro' },
    });
  });

  it('changes after two consecutive years over the ceiling', () => {
    const a = assess([ent('E', [fig(2022, 5, 1, 1), fig(2023, 12, 1, 1), fig(2024, 15, 1, 1)])]);
    expect(a.category).toBe('small');
    expect(a.restsOnYears).toEqual([2023, 2024]);
    expect(a.reasons).toContainEqual({
      code: 'two_year_rule_changed',
      params: { from: 'micro', to: 'small', previousYear: 2023, year: 2024 },
    });
    expect(codes(a)).not.toContain('two_year_rule_kept');
  });

  it('rests on the latest two consecutive years in the category', () => {
    const a = assess([ent('E', [fig(2021, 5, 1, 1), fig(2022, 6, 1, 1), fig(2023, 7, 1, 1)])]);
    expect(a.category).toBe('micro');
    expect(a.restsOnYears).toEqual([2022, 2023]);
    expect(a.reasons.filter((r) => r.code === 'staff_below').map((r) => r.params.year)).toEqual([2022, 2023]);
  });

  it('moves only as far as both years justify', () => {
    const up = assess([ent('E', [fig(2022, 20, 1, 1), fig(2023, 800, 1, 1), fig(2024, 100, 1, 1)])]);
    expect(up.perYear.map((p) => p.category)).toEqual(['small', 'large', 'medium']);
    expect(up.category).toBe('medium');
    expect(up.restsOnYears).toEqual([2023, 2024]);

    const down = assess([ent('E', [fig(2022, 100, 1, 1), fig(2023, 20, 1, 1), fig(2024, 5, 1, 1)])]);
    expect(down.category).toBe('small');
    expect(down.restsOnYears).toEqual([2023, 2024]);
  });

  it('does not change when the years alternate', () => {
    const a = assess([
      ent('E', [fig(2021, 100, 1, 1), fig(2022, 20, 1, 1), fig(2023, 100, 1, 1), fig(2024, 20, 1, 1)]),
    ]);
    expect(a.category).toBe('medium');
    expect(a.restsOnYears).toEqual([2023]);
  });

  it('needs consecutive accounting years to change', () => {
    const a = assess([ent('E', [fig(2021, 5, 1, 1), fig(2022, 12, 1, 1), fig(2024, 12, 1, 1)])]);
    expect(a.category).toBe('micro');
    expect(a.restsOnYears).toEqual([2021]);
    expect(codes(a)).toEqual(expect.arrayContaining(['two_year_rule_kept', 'years_not_consecutive']));
  });

  it('sorts the years and keeps the last entry for a duplicated year', () => {
    const a = assess([ent('E', [fig(2024, 15, 1, 1), fig(2023, 12, 1, 1), fig(2024, 20, 1, 1)])]);
    expect(a.aggregated.map((f) => [f.year, f.staff])).toEqual([
      [2023, 12],
      [2024, 20],
    ]);
    expect(a.category).toBe('small');
  });

  it('applies the rule to aggregated figures', () => {
    // The parent only grows past the ceiling in 2024: one year is not enough to leave micro.
    const a = assess(
      [
        ent('E', [fig(2023, 3, 0.5, 0.5), fig(2024, 3, 0.5, 0.5)]),
        ent('P', [fig(2023, 3, 0.5, 0.5), fig(2024, 30, 5, 5)]),
      ],
      [link('P', 'E', 100)],
    );
    expect(a.perYear.map((p) => p.category)).toEqual(['micro', 'small']);
    expect(a.category).toBe('micro');
  });
});
