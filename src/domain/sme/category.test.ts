import { describe, expect, it } from 'vitest';
import { computeSmeCategory } from './category';
import { assess, codes, ent, fig, link, M } from './test-fixtures';

describe('computeSmeCategory — autonomous', () => {
  it('classifies an autonomous micro enterprise with a single year', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)])]);
    expect(a).toMatchObject({
      category: 'micro',
      isSme: true,
      status: 'autonomous',
      publicBodyExcluded: false,
      publicBodyShare: 0,
      restsOnYears: [2024],
      perYear: [{ year: 2024, category: 'micro' }],
      partners: [],
      linked: [],
    });
    expect(a.aggregated).toEqual([fig(2024, 5, 1, 1)]);
    expect(a.reasons).toEqual([
      { code: 'single_year', params: { year: 2024 } },
      { code: 'staff_below', params: { year: 2024, staff: 5, ceiling: 10 } },
      { code: 'turnover_within', params: { year: 2024, turnover: 1 * M, ceiling: 2 * M } },
      { code: 'balance_within', params: { year: 2024, balanceSheet: 1 * M, ceiling: 2 * M } },
    ]);
  });

  it('applies the mandatory staff ceiling before the financial ones', () => {
    expect(assess([ent('E', [fig(2024, 9, 3, 3)])]).category).toBe('small');
    const micro = assess([ent('E', [fig(2024, 9, 3, 1)])]);
    expect(micro.category).toBe('micro');
    expect(codes(micro)).toEqual(expect.arrayContaining(['turnover_above', 'balance_within']));
    expect(assess([ent('E', [fig(2024, 12, 0.5, 0.5)])]).category).toBe('small');
  });

  it('treats the boundaries as the Recommendation does', () => {
    const staff10 = assess([ent('E', [fig(2024, 10, 1, 1)])]);
    expect(staff10.category).toBe('small');
    expect(assess([ent('E', [fig(2024, 5, 2, 5)])]).category).toBe('micro');
  });

  it('ignores holdings below 25 %', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('X', [fig(2024, 100, 100, 100)])], [link('X', 'E', 24.99)]);
    expect(a.status).toBe('autonomous');
    expect(a.partners).toEqual([]);
    expect(a.category).toBe('micro');
  });

  it('returns a null category without figures but still reports the status', () => {
    const a = assess([ent('E'), ent('P', [fig(2024, 1, 1, 1)])], [link('P', 'E', 70)]);
    expect(a.category).toBeNull();
    expect(a.isSme).toBe(false);
    expect(a.status).toBe('linked');
    expect(a.aggregated).toEqual([]);
    expect(a.restsOnYears).toEqual([]);
    expect(codes(a)).toContain('no_figures');
  });

  it('handles an enterprise missing from the list', () => {
    const a = computeSmeCategory({ enterpriseId: 'ghost', enterprises: [], links: [] });
    expect(a.category).toBeNull();
    expect(a.status).toBe('autonomous');
  });
});

describe('computeSmeCategory — partner enterprises', () => {
  it('adds an upstream partner pro rata to the larger of capital and voting share', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('P', [fig(2024, 20, 5, 5)])], [link('P', 'E', 30, 10)]);
    expect(a.status).toBe('partner');
    expect(a.partners).toEqual([{ id: 'P', share: 30 }]);
    expect(a.aggregated).toEqual([{ year: 2024, staff: 11, turnover: 2.5 * M, balanceSheet: 2.5 * M }]);
    expect(a.category).toBe('small');
    expect(a.isSme).toBe(true);
    expect(a.reasons).toContainEqual({ code: 'partner_added', params: { id: 'P', share: 30, via: 'E' } });
  });

  it('adds a downstream partner too', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('D', [fig(2024, 10, 4, 4)])], [link('E', 'D', 10, 50)]);
    expect(a.partners).toEqual([{ id: 'D', share: 50 }]);
    expect(a.aggregated[0]).toEqual({ year: 2024, staff: 10, turnover: 3 * M, balanceSheet: 3 * M });
    expect(a.category).toBe('small');
  });

  it('treats a capital majority without voting control as a partnership at the capital share', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('P', [fig(2024, 10, 1, 1)])], [link('P', 'E', 60, 40)]);
    expect(a.status).toBe('partner');
    expect(a.partners).toEqual([{ id: 'P', share: 60 }]);
    expect(a.aggregated[0].staff).toBe(11);
  });

  it('counts holdings made jointly with linked enterprises', () => {
    const a = assess(
      [ent('E', [fig(2024, 2, 0.2, 0.2)]), ent('L', [fig(2024, 2, 0.2, 0.2)]), ent('X', [fig(2024, 10, 1, 1)])],
      [link('L', 'E', 100), link('E', 'X', 15), link('L', 'X', 15)],
    );
    expect(a.linked).toEqual(['L']);
    expect(a.partners).toEqual([{ id: 'X', share: 30 }]);
    expect(a.aggregated[0].staff).toBe(7);
  });

  it('adds enterprises linked to a partner at the partner share', () => {
    const a = assess(
      [ent('E', [fig(2024, 5, 1, 1)]), ent('P', [fig(2024, 10, 1, 1)]), ent('G', [fig(2024, 100, 20, 20)])],
      [link('P', 'E', 30), link('G', 'P', 80)],
    );
    expect(a.status).toBe('partner');
    expect(a.linked).toEqual([]);
    expect(a.partners).toEqual([{ id: 'P', share: 30 }]);
    // 5 + 0.3 * (10 + 100) staff; 1 + 0.3 * 21 EUR m.
    expect(a.aggregated[0]).toEqual({ year: 2024, staff: 38, turnover: 7.3 * M, balanceSheet: 7.3 * M });
    expect(a.reasons).toContainEqual({ code: 'partner_linked_added', params: { id: 'G', partnerId: 'P', share: 30 } });
  });

  it('counts two partners of the same group once, at the larger share', () => {
    const a = assess(
      [ent('E', [fig(2024, 1, 0.1, 0.1)]), ent('P1', [fig(2024, 10, 1, 1)]), ent('P2', [fig(2024, 20, 1, 1)])],
      [link('P1', 'E', 40), link('P2', 'E', 25), link('P1', 'P2', 100)],
    );
    expect(a.partners).toEqual([
      { id: 'P1', share: 40 },
      { id: 'P2', share: 25 },
    ]);
    expect(a.aggregated[0].staff).toBe(13); // 1 + 0.4 * (10 + 20)
  });

  it('does not follow partners of partners', () => {
    const a = assess(
      [ent('E', [fig(2024, 5, 1, 1)]), ent('P', [fig(2024, 10, 1, 1)]), ent('Q', [fig(2024, 1000, 900, 900)])],
      [link('P', 'E', 30), link('Q', 'P', 40)],
    );
    expect(a.partners).toEqual([{ id: 'P', share: 30 }]);
    expect(a.aggregated[0].staff).toBe(8);
  });

  it('falls back to the latest earlier year of a partner, and skips a partner without usable figures', () => {
    const a = assess(
      [
        ent('E', [fig(2023, 5, 1, 1), fig(2024, 5, 1, 1)]),
        ent('P', [fig(2023, 10, 2, 2)]),
        ent('Q', [fig(2025, 100, 100, 100)]),
      ],
      [link('P', 'E', 50, 30), link('Q', 'E', 30)],
    );
    expect(a.aggregated.map((f) => f.staff)).toEqual([10, 10]);
    expect(a.reasons).toContainEqual({ code: 'figures_fallback', params: { id: 'P', year: 2024, usedYear: 2023 } });
    expect(a.reasons).toContainEqual({ code: 'figures_missing', params: { id: 'Q', year: 2024 } });
    expect(a.reasons).toContainEqual({ code: 'figures_missing', params: { id: 'Q', year: 2023 } });
  });
});

describe('computeSmeCategory — linked enterprises', () => {
  it('adds 100 % of a parent holding 60 %', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('P', [fig(2024, 45, 8, 8)])], [link('P', 'E', 60)]);
    expect(a.status).toBe('linked');
    expect(a.linked).toEqual(['P']);
    expect(a.partners).toEqual([]);
    expect(a.aggregated[0]).toEqual({ year: 2024, staff: 50, turnover: 9 * M, balanceSheet: 9 * M });
    expect(a.category).toBe('medium');
    expect(a.reasons).toContainEqual({ code: 'linked_added', params: { id: 'P', via: 'E' } });
  });

  it('adds 100 % of a subsidiary too', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('S', [fig(2024, 5, 1.5, 1.5)])], [link('E', 'S', 51)]);
    expect(a.linked).toEqual(['S']);
    expect(a.aggregated[0]).toEqual({ year: 2024, staff: 10, turnover: 2.5 * M, balanceSheet: 2.5 * M });
  });

  it.each([{ boardControl: true }, { dominantInfluence: true }, { votingAgreement: true }])(
    'links on control without a majority (%o)',
    (flags) => {
      const a = assess(
        [ent('E', [fig(2024, 5, 1, 1)]), ent('P', [fig(2024, 5, 1, 1)])],
        [link('P', 'E', 20, 20, flags)],
      );
      expect(a.status).toBe('linked');
      expect(a.linked).toEqual(['P']);
      expect(a.aggregated[0].staff).toBe(10);
    },
  );

  it('does not link on exactly 50 % of the votes', () => {
    const a = assess([ent('E', [fig(2024, 5, 1, 1)]), ent('P', [fig(2024, 10, 1, 1)])], [link('P', 'E', 50)]);
    expect(a.status).toBe('partner');
    expect(a.partners).toEqual([{ id: 'P', share: 50 }]);
  });

  it('links transitively: parent of parent and sister companies', () => {
    const a = assess(
      [
        ent('E', [fig(2024, 1, 0.1, 0.1)]),
        ent('P', [fig(2024, 2, 0.1, 0.1)]),
        ent('G', [fig(2024, 3, 0.1, 0.1)]),
        ent('S', [fig(2024, 4, 0.1, 0.1)]),
      ],
      [link('P', 'E', 100), link('G', 'P', 75), link('P', 'S', 55)],
    );
    expect(a.linked).toEqual(['G', 'P', 'S']);
    expect(a.aggregated[0].staff).toBe(10);
    expect(a.category).toBe('small');
    expect(a.reasons).toContainEqual({ code: 'linked_added', params: { id: 'G', via: 'P' } });
    expect(a.reasons).toContainEqual({ code: 'linked_added', params: { id: 'S', via: 'P' } });
  });

  it('adds partners of a linked enterprise pro rata', () => {
    const a = assess(
      [ent('E', [fig(2024, 2, 0.5, 0.5)]), ent('P', [fig(2024, 3, 0.5, 0.5)]), ent('Q', [fig(2024, 10, 5, 5)])],
      [link('P', 'E', 100), link('P', 'Q', 30)],
    );
    expect(a.status).toBe('linked');
    expect(a.linked).toEqual(['P']);
    expect(a.partners).toEqual([{ id: 'Q', share: 30 }]);
    expect(a.aggregated[0]).toEqual({ year: 2024, staff: 8, turnover: 2.5 * M, balanceSheet: 2.5 * M });
    expect(a.reasons).toContainEqual({ code: 'partner_added', params: { id: 'Q', share: 30, via: 'P' } });
    expect(a.category).toBe('small'); // both financial figures now exceed EUR 2 m
  });
});

describe('computeSmeCategory — public bodies', () => {
  const figures = [fig(2024, 5, 1, 1)];

  it('excludes an enterprise 25 % held by a public body', () => {
    const a = assess([ent('E', figures), ent('M', [], 'pso')], [link('M', 'E', 25, 0)]);
    expect(a.publicBodyExcluded).toBe(true);
    expect(a.publicBodyShare).toBe(25);
    expect(a.category).toBe('micro');
    expect(a.isSme).toBe(false);
    expect(a.reasons).toContainEqual({ code: 'public_body_25', params: { share: 25 } });
  });

  it('does not exclude at 24.99 %', () => {
    const a = assess([ent('E', figures), ent('M', [], 'pso')], [link('M', 'E', 24.99)]);
    expect(a.publicBodyExcluded).toBe(false);
    expect(a.publicBodyShare).toBe(24.99);
    expect(a.isSme).toBe(true);
  });

  it('adds up several public bodies', () => {
    const a = assess(
      [ent('E', figures), ent('M1', [], 'pso'), ent('M2', [], 'pso')],
      [link('M1', 'E', 15, 5), link('M2', 'E', 0, 15)],
    );
    expect(a.publicBodyShare).toBe(30);
    expect(a.publicBodyExcluded).toBe(true);
    expect(a.isSme).toBe(false);
  });

  it('ignores holdings by private enterprises for the public-body test', () => {
    const a = assess([ent('E', figures), ent('X', [], 'sme')], [link('X', 'E', 30)]);
    expect(a.publicBodyShare).toBe(0);
    expect(a.isSme).toBe(true);
  });
});
