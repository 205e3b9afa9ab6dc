/**
 * The EU SME ceilings (Commission Recommendation 2003/361/EC, small mid-caps per Recommendation (EU) 2025/1099) and
 * the category of one year's figures. Pure functions.
 */
import type { TSmeCategory } from '../../contract/common';

/** Figures of one accounting year: staff in annual work units, amounts in EUR. */
export interface TYearFigures {
  year: number;
  staff: number;
  turnover: number;
  balanceSheet: number;
}

export interface TSmeCeiling {
  category: TSmeCategory;
  /** Staff must be strictly below this. */
  staffBelow: number;
  turnoverMax: number;
  balanceMax: number;
}

/** Ceilings in ascending order; anything above the last one is 'large'. */
export const SME_CEILINGS: readonly TSmeCeiling[] = [
  { category: 'micro', staffBelow: 10, turnoverMax: 2_000_000, balanceMax: 2_000_000 },
  { category: 'small', staffBelow: 50, turnoverMax: 10_000_000, balanceMax: 10_000_000 },
  { category: 'medium', staffBelow: 250, turnoverMax: 50_000_000, balanceMax: 43_000_000 },
  { category: 'small_mid_cap', staffBelow: 750, turnoverMax: 150_000_000, balanceMax: 129_000_000 },
];

export const CATEGORY_RANK: Record<TSmeCategory, number> = {
  micro: 0,
  small: 1,
  medium: 2,
  small_mid_cap: 3,
  large: 4,
};
export const SME_ONLY: readonly TSmeCategory[] = ['micro', 'small', 'medium'];

/** Category of one year's figures: staff ceiling mandatory, then turnover or balance sheet. */
export function categoryForFigures(f: Pick<TYearFigures, 'staff' | 'turnover' | 'balanceSheet'>): TSmeCategory {
  for (const c of SME_CEILINGS) {
    if (f.staff < c.staffBelow && (f.turnover <= c.turnoverMax || f.balanceSheet <= c.balanceMax)) return c.category;
  }
  return 'large';
}

/** Rounds away binary noise from pro-rata multiplication without moving real values across a ceiling. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Latest figures per year (a later duplicate for the same year wins), sorted by year. */
export function figuresByYear(figures: readonly TYearFigures[] | undefined): TYearFigures[] {
  const byYear = new Map<number, TYearFigures>();
  for (const f of figures ?? []) byYear.set(f.year, f);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
