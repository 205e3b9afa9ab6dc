/**
 * The two-consecutive-years rule (Art. 4(2) of the Annex to Recommendation 2003/361/EC) and the explanation of a year's
 * figures against a category's ceilings.
 */
import type { TSmeCategory } from '../../contract/common';
import { CATEGORY_RANK, SME_CEILINGS, type TYearFigures } from './figures';
import type { TSmeReason } from './reasons';

/** Outcome of the two-consecutive-years rule. */
export interface TTwoYearOutcome {
  category: TSmeCategory;
  restsOnYears: number[];
  reasons: TSmeReason[];
}

/** Walks the years in order; the category changes only when two consecutive years both fall on the same side of it. */
export function applyTwoYearRule(perYear: readonly { year: number; category: TSmeCategory }[]): TTwoYearOutcome {
  const reasons: TSmeReason[] = [];
  let effective = perYear[0].category;
  let pair: number[] | null = null;
  let single = perYear[0].year;
  let lastChange: TSmeReason | null = null;

  for (let i = 1; i < perYear.length; i++) {
    const prev = perYear[i - 1];
    const cur = perYear[i];
    const consecutive = cur.year - prev.year === 1;
    if (cur.category === effective) {
      single = cur.year;
      if (prev.category === effective && consecutive) pair = [prev.year, cur.year];
      continue;
    }
    const sideCur = Math.sign(CATEGORY_RANK[cur.category] - CATEGORY_RANK[effective]);
    const sidePrev = Math.sign(CATEGORY_RANK[prev.category] - CATEGORY_RANK[effective]);
    if (consecutive && sideCur === sidePrev) {
      // Both years crossed the same way: move only as far as both years justify.
      const closer =
        Math.abs(CATEGORY_RANK[cur.category] - CATEGORY_RANK[effective]) <=
        Math.abs(CATEGORY_RANK[prev.category] - CATEGORY_RANK[effective])
          ? cur.category
          : prev.category;
      lastChange = {
        code: 'two_year_rule_changed',
        params: { from: effective, to: closer, previousYear: prev.year, year: cur.year },
      };
      effective = closer;
      pair = [prev.year, cur.year];
      single = cur.year;
    }
  }

  if (lastChange) reasons.push(lastChange);
  const last = perYear[perYear.length - 1];
  if (perYear.length === 1) {
    reasons.push({ code: 'single_year', params: { year: last.year } });
  } else if (last.category !== effective) {
    // The latest figures point elsewhere, but the ceilings have not been crossed twice in a row yet.
    reasons.push({
      code: 'two_year_rule_kept',
      params: { year: last.year, yearCategory: last.category, category: effective },
    });
    const prev = perYear[perYear.length - 2];
    const sameSide =
      Math.sign(CATEGORY_RANK[last.category] - CATEGORY_RANK[effective]) ===
      Math.sign(CATEGORY_RANK[prev.category] - CATEGORY_RANK[effective]);
    if (sameSide && last.year - prev.year !== 1) {
      reasons.push({ code: 'years_not_consecutive', params: { previousYear: prev.year, year: last.year } });
    }
  }
  return { category: effective, restsOnYears: pair ?? [single], reasons };
}

/** Explains one year's aggregated figures against the ceilings of a category ('large' uses the small mid-cap ceilings). */
export function ceilingReasons(f: TYearFigures, category: TSmeCategory): TSmeReason[] {
  const c = SME_CEILINGS.find((x) => x.category === category) ?? SME_CEILINGS[SME_CEILINGS.length - 1];
  const year = f.year;
  return [
    {
      code: f.staff < c.staffBelow ? 'staff_below' : 'staff_above',
      params: { year, staff: f.staff, ceiling: c.staffBelow },
    },
    {
      code: f.turnover <= c.turnoverMax ? 'turnover_within' : 'turnover_above',
      params: { year, turnover: f.turnover, ceiling: c.turnoverMax },
    },
    {
      code: f.balanceSheet <= c.balanceMax ? 'balance_within' : 'balance_above',
      params: { year, balanceSheet: f.balanceSheet, ceiling: c.balanceMax },
    },
  ];
}
