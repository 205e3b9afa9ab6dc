/** The SME self-check form's pure logic: editable rows as strings, parsing and validation, the request body. */
import type { TSmeLinkInput, TYearFigures } from '../../../src/contract/organisations';

export interface TFigureRow {
  key: string;
  year: string;
  staff: string;
  turnover: string;
  balanceSheet: string;
}

export interface TLinkRow {
  key: string;
  name: string;
  relation: 'owns' | 'owned_by';
  capitalShare: string;
  votingShare: string;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
  isPublicBody: boolean;
  figures: TFigureRow[];
}

let counter = 0;
/** A stable React key for a new row. */
export const rowKey = (prefix: string) => `${prefix}${++counter}`;

/** A new row; pass `key` for rows rendered on the server, so ids match when the page hydrates. */
export function newFigureRow(year: number | string = '', key = rowKey('f')): TFigureRow {
  return { key, year: String(year), staff: '', turnover: '', balanceSheet: '' };
}

export function newLinkRow(year: number | string = ''): TLinkRow {
  return {
    key: rowKey('l'),
    name: '',
    relation: 'owned_by',
    capitalShare: '',
    votingShare: '',
    boardControl: false,
    dominantInfluence: false,
    votingAgreement: false,
    isPublicBody: false,
    figures: [newFigureRow(year)],
  };
}

/**
 * Reads a number as people type it in Bulgaria and elsewhere: spaces (also non-breaking) as
 * thousands separators, a comma or a dot as the decimal mark. Returns null when it is not a number.
 */
export function parseDecimal(input: string): number | null {
  const s = input.replace(/[\s\u00a0\u202f']/g, '');
  if (!s) return null;
  let normalised = s;
  if (s.includes(',') && s.includes('.')) {
    // The later mark is the decimal one: 1.234.567,89 or 1,234,567.89.
    normalised = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (s.includes(',')) {
    normalised = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

export type TCheckProblem = 'required' | 'format' | 'range' | 'duplicate_year';

/** Problems keyed by `<rowKey>.<field>`, e.g. `f3.turnover` or `l2.capitalShare`. */
export type TCheckProblems = Record<string, TCheckProblem>;

function checkFigures(rows: TFigureRow[], problems: TCheckProblems, requireOne: boolean): TYearFigures[] {
  const out: TYearFigures[] = [];
  const seen = new Set<number>();
  if (requireOne && rows.length === 0) problems.figures = 'required';
  for (const r of rows) {
    const year = parseDecimal(r.year);
    if (r.year.trim() === '') problems[`${r.key}.year`] = 'required';
    else if (year === null || !Number.isInteger(year)) problems[`${r.key}.year`] = 'format';
    else if (year < 1900 || year > 2100) problems[`${r.key}.year`] = 'range';
    else if (seen.has(year)) problems[`${r.key}.year`] = 'duplicate_year';
    else seen.add(year);
    const nums: Record<'staff' | 'turnover' | 'balanceSheet', number | null> = {
      staff: null,
      turnover: null,
      balanceSheet: null,
    };
    for (const f of ['staff', 'turnover', 'balanceSheet'] as const) {
      const v = parseDecimal(r[f]);
      if (r[f].trim() === '') problems[`${r.key}.${f}`] = 'required';
      else if (v === null) problems[`${r.key}.${f}`] = 'format';
      else if (v < 0) problems[`${r.key}.${f}`] = 'range';
      nums[f] = v;
    }
    if (year !== null && nums.staff !== null && nums.turnover !== null && nums.balanceSheet !== null) {
      out.push({ year, staff: nums.staff, turnover: nums.turnover, balanceSheet: nums.balanceSheet });
    }
  }
  return out;
}

/** Validates the whole form and builds the body for POST /api/v1/reference/sme-category. */
export function buildSmeRequest(
  figures: TFigureRow[],
  links: TLinkRow[],
): { problems: TCheckProblems; body: { figures: TYearFigures[]; links: TSmeLinkInput[] } } {
  const problems: TCheckProblems = {};
  const own = checkFigures(figures, problems, true);
  const linkBodies: TSmeLinkInput[] = links.map((l) => {
    const share = (field: 'capitalShare' | 'votingShare'): number => {
      const v = parseDecimal(l[field]);
      if (l[field].trim() === '') problems[`${l.key}.${field}`] = 'required';
      else if (v === null) problems[`${l.key}.${field}`] = 'format';
      else if (v < 0 || v > 100) problems[`${l.key}.${field}`] = 'range';
      return v ?? 0;
    };
    const capitalShare = share('capitalShare');
    const votingShare = share('votingShare');
    const body: TSmeLinkInput = {
      relation: l.relation,
      capitalShare,
      votingShare,
      boardControl: l.boardControl,
      dominantInfluence: l.dominantInfluence,
      votingAgreement: l.votingAgreement,
      isPublicBody: l.isPublicBody,
      figures: checkFigures(l.figures, problems, false),
    };
    if (l.name.trim()) body.name = l.name.trim().slice(0, 300);
    return body;
  });
  return { problems, body: { figures: own, links: linkBodies } };
}
