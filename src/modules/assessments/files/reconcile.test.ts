import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../domain/dma/scoring';
import { reconcile, type TOurResult } from './reconcile';
import type { TParsedResultsRow, TScores, TStage } from './types';

function scores(overall: number, dims: number[]): TScores {
  return {
    overall: { score: overall, band: bandOf(overall) },
    dimensions: dims.map((score, i) => ({ id: `D${i + 1}` as 'D1', score, band: bandOf(score) })),
  };
}

const DIMS = [40, 38.5714285714, 46.4285714286, 53.5714285714, 32, 40];

const OURS: TOurResult[] = [
  {
    organisationId: 'org-a',
    id: '123456789',
    name: 'Про Дрон Систем ООД',
    stage: 'T0',
    scores: scores(41.7619047619, DIMS),
  },
  {
    organisationId: 'org-a',
    id: '123456789',
    name: 'Про Дрон Систем ООД',
    stage: 'T1',
    scores: scores(60, [60, 60, 60, 60, 60, 60]),
  },
  { organisationId: 'org-b', id: '', name: 'Агро  Тех АД', stage: 'T0', scores: scores(20, [20, 20, 20, 20, 20, 20]) },
  { organisationId: 'org-c', id: '1', name: 'Twin Ltd', stage: 'T0', scores: scores(10, [10, 10, 10, 10, 10, 10]) },
  { organisationId: 'org-d', id: '2', name: 'Twin Ltd', stage: 'T0', scores: scores(10, [10, 10, 10, 10, 10, 10]) },
];

function row(
  r: number,
  id: string,
  name: string,
  stage: TStage,
  overall: number,
  dimensions: number[],
): TParsedResultsRow {
  return { row: r, id, name, stage, overall, dimensions };
}

describe('reconcile', () => {
  it('matches on ID and reports nothing when every score is within the tolerance', () => {
    const result = reconcile(OURS.slice(0, 1), [
      row(2, ' 123456789 ', 'Other name', 'T0', 41.8, [40, 38.6, 46.4, 53.6, 32, 40]),
    ]);
    expect(result).toEqual({ matched: 1, unmatched: [], differences: [], missing: [] });
  });

  it('compares our score as exported (one decimal, half up) with the file, so the shown numbers explain the flag', () => {
    const result = reconcile(OURS, [
      // Ours (rounded): 41.8 | 40.0, 38.6, 46.4, 53.6, 32.0, 40.0.
      // overall 41.3: exactly 0.5 below 41.8 (full precision would say 0.4619) → agreement.
      // D2 39.1 vs 38.6: 0.5 → agreement (full precision would say 0.5286 and flag it).
      // D3 45.8 vs 46.4: −0.6 → flagged (full precision: −0.6286).
      // D4 54.1 vs 53.6: 0.5 → agreement.
      row(2, '123456789', '', 'T0', 41.3, [40, 39.1, 45.8, 54.1, 32, 40]),
      row(3, '123456789', '', 'T1', 59.5, [60.51, 59.49, 60.5, 59.5, 60, 60]),
    ]);
    expect(result.matched).toBe(2);
    expect(result.differences).toEqual([
      {
        row: 2,
        organisationId: 'org-a',
        name: 'Про Дрон Систем ООД',
        stage: 'T0',
        column: 'D3',
        ours: 46.4,
        theirs: 45.8,
        difference: -0.6,
      },
      {
        row: 3,
        organisationId: 'org-a',
        name: 'Про Дрон Систем ООД',
        stage: 'T1',
        column: 'D1',
        ours: 60,
        theirs: 60.51,
        difference: 0.51,
      },
      {
        row: 3,
        organisationId: 'org-a',
        name: 'Про Дрон Систем ООД',
        stage: 'T1',
        column: 'D2',
        ours: 60,
        theirs: 59.49,
        difference: -0.51,
      },
    ]);
    // Every difference reads exactly as theirs − ours of the numbers shown.
    for (const d of result.differences) expect(d.difference).toBeCloseTo(d.theirs - d.ours, 10);
  });

  it('does not flag 0.6 against 1.1 although the floating-point difference is 0.5000000000000001', () => {
    const ours: TOurResult[] = [
      { organisationId: 'x', id: 'x', name: 'X', stage: 'T0', scores: scores(1.1, [1.1, 1.1, 1.1, 1.1, 1.1, 1.1]) },
    ];
    expect(1.1 - 0.6).toBeGreaterThan(0.5);
    expect(reconcile(ours, [row(2, 'x', 'X', 'T0', 0.6, [0.6, 0.6, 0.6, 0.6, 0.6, 0.6])]).differences).toEqual([]);
  });

  it('rounds our side half up before comparing: 40.05 is exported and compared as 40.1', () => {
    const ours: TOurResult[] = [
      { organisationId: 'y', id: 'y', name: 'Y', stage: 'T0', scores: scores(40.05, [40.05, 0, 0, 0, 0, 0]) },
    ];
    const result = reconcile(ours, [row(2, 'y', 'Y', 'T0', 40.6, [39.5, 0, 0, 0, 0, 0])]);
    // Overall 40.6 − 40.1 = 0.5: agreement (against the unrounded 40.05 it would be 0.55 and flagged); D1 39.5 − 40.1 = −0.6.
    expect(result.differences.map((d) => [d.column, d.ours, d.theirs, d.difference])).toEqual([
      ['D1', 40.1, 39.5, -0.6],
    ]);
  });

  it('lists our submitted assessments the file has no row for', () => {
    const result = reconcile(OURS, [
      row(2, '123456789', '', 'T0', 41.8, [40, 38.6, 46.4, 53.6, 32, 40]),
      row(3, '', 'Агро Тех АД', 'T0', 20, [20, 20, 20, 20, 20, 20]),
      row(4, '1', 'Twin Ltd', 'T0', 10, [10, 10, 10, 10, 10, 10]),
    ]);
    expect(result.missing).toEqual([
      { organisationId: 'org-a', id: '123456789', name: 'Про Дрон Систем ООД', stage: 'T1' },
      { organisationId: 'org-d', id: '2', name: 'Twin Ltd', stage: 'T0' },
    ]);
    expect(reconcile(OURS, []).missing).toHaveLength(OURS.length);
  });

  it('falls back to the name (case-insensitive, whitespace collapsed) when the ID differs, within the stage', () => {
    const result = reconcile(OURS, [
      row(2, '999', '  агро тех   ад ', 'T0', 22, [20, 20, 20, 20, 20, 25]),
      row(3, '999', 'ПРО ДРОН СИСТЕМ ООД', 'T1', 60, [60, 60, 60, 60, 60, 60]),
    ]);
    expect(result.matched).toBe(2);
    expect(result.unmatched).toEqual([]);
    expect(result.differences.map((d) => [d.row, d.organisationId, d.column, d.difference])).toEqual([
      [2, 'org-b', 'overall', 2],
      [2, 'org-b', 'D6', 5],
    ]);
  });

  it('lists rows it cannot match: unknown organisation, stage not assessed, ambiguous name', () => {
    const dims = [1, 1, 1, 1, 1, 1];
    const result = reconcile(OURS, [
      row(2, '555', 'Nobody', 'T0', 1, dims),
      row(3, '', 'Агро Тех АД', 'T2', 1, dims),
      row(4, '', 'twin ltd', 'T0', 1, dims),
      row(5, '2', 'twin ltd', 'T0', 10, [10, 10, 10, 10, 10, 10]),
    ]);
    expect(result.matched).toBe(1);
    expect(result.unmatched).toEqual([
      { row: 2, id: '555', name: 'Nobody', stage: 'T0', reason: 'not_found' },
      { row: 3, id: '', name: 'Агро Тех АД', stage: 'T2', reason: 'not_found' },
      { row: 4, id: '', name: 'twin ltd', stage: 'T0', reason: 'ambiguous_name' },
    ]);
    expect(result.differences).toEqual([]);
  });

  it('honours a custom tolerance', () => {
    const result = reconcile(OURS, [row(2, '123456789', '', 'T1', 60.2, [60, 60, 60, 60, 60, 60])], 0.1);
    expect(result.differences.map((d) => [d.column, d.difference])).toEqual([['overall', 0.2]]);
    expect(reconcile(OURS, [row(2, '123456789', '', 'T1', 60.1, [60, 60, 60, 60, 60, 60])], 0.1).differences).toEqual(
      [],
    );
  });
});
