import { describe, expect, it } from 'vitest';
import type { TOrganisationType } from '../contract/common';
import {
  categoryForFigures,
  computeSingleUndertaking,
  computeSmeCategory,
  isControlLink,
  SME_REASON_CODES,
  validateOwnershipLink,
  type TEnterpriseInput,
  type TOwnershipLink,
  type TSmeAssessment,
  type TYearFigures,
} from './sme-category';

const M = 1_000_000;

/** Figures for one year; amounts in EUR millions for readability. */
function fig(year: number, staff: number, turnoverM: number, balanceM: number): TYearFigures {
  return { year, staff, turnover: turnoverM * M, balanceSheet: balanceM * M };
}

function ent(id: string, figures: TYearFigures[] = [], type?: TOrganisationType): TEnterpriseInput {
  return type ? { id, type, figures } : { id, figures };
}

function link(
  ownerId: string,
  ownedId: string,
  capitalShare: number,
  votingShare = capitalShare,
  extra = {},
): TOwnershipLink {
  return { ownerId, ownedId, capitalShare, votingShare, ...extra };
}

function assess(enterprises: TEnterpriseInput[], links: TOwnershipLink[] = [], enterpriseId = 'E'): TSmeAssessment {
  return computeSmeCategory({ enterpriseId, enterprises, links });
}

function codes(a: TSmeAssessment): string[] {
  return a.reasons.map((r) => r.code);
}

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

describe('isControlLink', () => {
  it('recognises each form of control', () => {
    expect(isControlLink(link('A', 'B', 10, 50.01))).toBe(true);
    expect(isControlLink(link('A', 'B', 90, 50))).toBe(false);
    expect(isControlLink(link('A', 'B', 10, 10, { boardControl: true }))).toBe(true);
    expect(isControlLink(link('A', 'B', 0, 0, { dominantInfluence: true }))).toBe(true);
    expect(isControlLink(link('A', 'B', 20, 20, { votingAgreement: true }))).toBe(true);
  });
});

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

describe('computeSingleUndertaking', () => {
  const links = [link('A', 'B', 60), link('B', 'C', 10, 10, { boardControl: true }), link('D', 'B', 30)];

  it('follows control down a chain and leaves partners out', () => {
    expect(computeSingleUndertaking('A', links)).toEqual(['A', 'B', 'C']);
  });

  it('follows control upwards too', () => {
    expect(computeSingleUndertaking('C', links)).toEqual(['A', 'B', 'C']);
  });

  it('contains only the partner itself for a partner', () => {
    expect(computeSingleUndertaking('D', links)).toEqual(['D']);
  });

  it('includes sister companies and returns a sorted list', () => {
    expect(
      computeSingleUndertaking('Z', [
        link('P', 'Z', 100),
        link('P', 'Y', 51),
        link('Y', 'X', 0, 0, { dominantInfluence: true }),
      ]),
    ).toEqual(['P', 'X', 'Y', 'Z']);
  });

  it('returns the enterprise alone without links and survives cycles', () => {
    expect(computeSingleUndertaking('A', [])).toEqual(['A']);
    expect(computeSingleUndertaking('A', [link('A', 'B', 60), link('B', 'A', 60)])).toEqual(['A', 'B']);
  });
});

describe('validateOwnershipLink', () => {
  it('accepts a plain link', () => {
    expect(validateOwnershipLink(link('A', 'B', 30), [])).toEqual({ ok: true });
  });

  it('rejects a self link', () => {
    expect(validateOwnershipLink(link('A', 'A', 30), [])).toMatchObject({
      ok: false,
      code: 'self_link',
      field: 'ownedId',
    });
  });

  it.each([
    [link('A', 'B', -1, 10), 'capitalShare'],
    [link('A', 'B', 100.01, 10), 'capitalShare'],
    [link('A', 'B', 10, 101), 'votingShare'],
    [link('A', 'B', 10, Number.NaN), 'votingShare'],
  ])('rejects a share outside 0..100 (%o)', (l, field) => {
    expect(validateOwnershipLink(l, [])).toMatchObject({ ok: false, code: 'share_range', field });
  });

  it('accepts the bounds 0 and 100', () => {
    expect(validateOwnershipLink(link('A', 'B', 0, 100), [])).toEqual({ ok: true });
  });

  it('rejects capital or voting shares above 100 % in total', () => {
    const existing = [link('X', 'B', 60, 20), link('Y', 'B', 20, 70)];
    const capital = validateOwnershipLink(link('A', 'B', 30, 0), existing);
    expect(capital).toMatchObject({ ok: false, code: 'shares_exceed_100', field: 'capitalShare' });
    const voting = validateOwnershipLink(link('A', 'B', 10, 20), existing);
    expect(voting).toMatchObject({ ok: false, code: 'shares_exceed_100', field: 'votingShare' });
    expect(validateOwnershipLink(link('A', 'B', 20, 10), existing)).toEqual({ ok: true });
  });

  it('replaces an existing link for the same pair instead of adding to it', () => {
    const existing = [link('A', 'B', 70), link('X', 'B', 30)];
    expect(validateOwnershipLink(link('A', 'B', 60), existing)).toEqual({ ok: true });
    expect(validateOwnershipLink(link('A', 'B', 71), existing)).toMatchObject({ code: 'shares_exceed_100' });
  });

  it('tolerates decimal rounding in totals', () => {
    const existing = [link('X', 'B', 33.33), link('Y', 'B', 33.33)];
    expect(validateOwnershipLink(link('A', 'B', 33.34), existing)).toEqual({ ok: true });
  });

  it('only counts holdings in the same owned enterprise', () => {
    expect(validateOwnershipLink(link('A', 'B', 90), [link('A', 'C', 90), link('B', 'C', 10)])).toEqual({ ok: true });
  });

  it('rejects a direct control cycle', () => {
    const r = validateOwnershipLink(link('A', 'B', 60), [link('B', 'A', 10, 10, { boardControl: true })]);
    expect(r).toMatchObject({ ok: false, code: 'control_cycle', field: 'ownerId' });
    if (!r.ok) expect(r.message).toMatch(/cycle/);
  });

  it('rejects a transitive control cycle', () => {
    const existing = [link('A', 'B', 60), link('B', 'C', 0, 0, { dominantInfluence: true })];
    expect(validateOwnershipLink(link('C', 'A', 51), existing)).toMatchObject({ code: 'control_cycle' });
  });

  it('allows non-control cross-holdings and control replacing a reverse non-control link', () => {
    const existing = [link('A', 'B', 60)];
    expect(validateOwnershipLink(link('B', 'A', 10), existing)).toEqual({ ok: true });
    // The same pair is replaced: A → B control re-entered with a different share is not a cycle.
    expect(validateOwnershipLink(link('A', 'B', 80), existing)).toEqual({ ok: true });
    expect(validateOwnershipLink(link('C', 'A', 51), [link('B', 'C', 10), ...existing])).toEqual({ ok: true });
  });
});
