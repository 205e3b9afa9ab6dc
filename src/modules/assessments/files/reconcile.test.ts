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
  { organisationId: 'org-a', id: '123456789', name: 'Про Дрон Систем ООД', stage: 'T0', scores: scores(41.7619047619, DIMS) },
  { organisationId: 'org-a', id: '123456789', name: 'Про Дрон Систем ООД', stage: 'T1', scores: scores(60, [60, 60, 60, 60, 60, 60]) },
  { organisationId: 'org-b', id: '', name: 'Агро  Тех АД', stage: 'T0', scores: scores(20, [20, 20, 20, 20, 20, 20]) },
  { organisationId: 'org-c', id: '1', name: 'Twin Ltd', stage: 'T0', scores: scores(10, [10, 10, 10, 10, 10, 10]) },
  { organisationId: 'org-d', id: '2', name: 'Twin Ltd', stage: 'T0', scores: scores(10, [10, 10, 10, 10, 10, 10]) },
];

function row(r: number, id: string, name: string, stage: TStage, overall: number, dimensions: number[]): TParsedResultsRow {
  return { row: r, id, name, stage, overall, dimensions };
}

describe('reconcile', () => {
  it('matches on ID and reports nothing when every score is within the tolerance', () => {
    const result = reconcile(OURS, [row(2, ' 123456789 ', 'Other name', 'T0', 41.8, [40, 38.6, 46.4, 53.6, 32, 40])]);
    expect(result).toEqual({ matched: 1, unmatched: [], differences: [] });
  });

  it('treats exactly 0.5 as agreement and 0.51 as a difference, on full precision', () => {
    const result = reconcile(OURS, [
      // D1: 40 vs 40.5 (0.5, equal to the tolerance); D2: 38.5714… vs 39.0814… (0.51); D3: 46.43 vs 45.93 (0.5).
      row(2, '123456789', '', 'T0', 41.2619047619, [40.5, 39.0814285714, 45.9285714286, 53.5714285714, 32, 40]),
      row(3, '123456789', '', 'T1', 59.5, [60.51, 59.49, 60.5, 59.5, 60, 60]),
    ]);
    expect(result.matched).toBe(2);
    expect(result.differences).toEqual([
      {
        row: 2,
        organisationId: 'org-a',
        name: 'Про Дрон Систем ООД',
        stage: 'T0',
        column: 'D2',
        ours: 38.6,
        theirs: 39.0814285714,
        difference: 0.5,
      },
      { row: 3, organisationId: 'org-a', name: 'Про Дрон Систем ООД', stage: 'T1', column: 'D1', ours: 60, theirs: 60.51, difference: 0.5 },
      {
        row: 3,
        organisationId: 'org-a',
        name: 'Про Дрон Систем ООД',
        stage: 'T1',
        column: 'D2',
        ours: 60,
        theirs: 59.49,
        difference: -0.5,
      },
    ]);
  });

  it('does not flag 0.6 against 1.1 although the floating-point difference is 0.5000000000000001', () => {
    const ours: TOurResult[] = [
      { organisationId: 'x', id: 'x', name: 'X', stage: 'T0', scores: scores(1.1, [1.1, 1.1, 1.1, 1.1, 1.1, 1.1]) },
    ];
    expect(1.1 - 0.6).toBeGreaterThan(0.5);
    expect(reconcile(ours, [row(2, 'x', 'X', 'T0', 0.6, [0.6, 0.6, 0.6, 0.6, 0.6, 0.6])]).differences).toEqual([]);
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
  });
});
