/**
 * Reconciliation of the hub's DMA scores with a results file from the Commission's platform: which
 * file rows match one of our assessments, every score that differs by more than the tolerance, and our
 * submitted assessments the file lacks. Our side is compared as we export it (one decimal, half up), so
 * the numbers on screen, their difference and the flag always agree.
 */
import { DIMENSION_IDS } from '../../../domain/dma/questionnaires';
import { roundScore } from '../../../domain/dma/scoring';
import type { TResultsColumn } from './dta-results';
import type { TParsedResultsRow, TScores, TStage } from './types';

export interface TOurResult {
  organisationId: string;
  /** The ID the hub reports to the platform (EIK, PIC …). */
  id: string;
  name: string;
  stage: TStage;
  scores: TScores;
}

export interface TUnmatchedRow {
  row: number;
  id: string;
  name: string;
  stage: TStage;
  /** not_found: no assessment of that stage; ambiguous_name: no ID match and several organisations share the name. */
  reason: 'not_found' | 'ambiguous_name';
}

export interface TDifference {
  row: number;
  organisationId: string;
  name: string;
  stage: TStage;
  column: TResultsColumn;
  /** Our score rounded to one decimal (half up), as exported. */
  ours: number;
  /** The file's value as it stands in the file. */
  theirs: number;
  /** theirs − ours, exactly as these two numbers read (binary noise removed). */
  difference: number;
}

/** One of our submitted assessments that no row of the file matched. */
export interface TMissingAssessment {
  organisationId: string;
  id: string;
  name: string;
  stage: TStage;
}

export interface TReconciliation {
  matched: number;
  unmatched: TUnmatchedRow[];
  differences: TDifference[];
  /** Our submitted assessments (of the file's questionnaire) the file has no row for, in our order. */
  missing: TMissingAssessment[];
}

/** theirs − ours without binary noise: both have at most a few decimals, so 1e-6 steps are exact enough. */
const cleanDifference = (theirs: number, ours: number) => {
  const d = Math.round((theirs - ours) * 1e6) / 1e6;
  return d === 0 ? 0 : d;
};

/** Absorbs what binary error cleanDifference leaves, so a difference of exactly the tolerance is never "more". */
const EPSILON = 1e-9;

const normaliseName = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export function reconcile(
  ours: readonly TOurResult[],
  theirs: readonly TParsedResultsRow[],
  tolerance = 0.5,
): TReconciliation {
  const byId = new Map<string, TOurResult>();
  const byName = new Map<string, TOurResult[]>();
  for (const o of ours) {
    const id = o.id.trim();
    if (id) byId.set(`${o.stage}|${id}`, o);
    const key = `${o.stage}|${normaliseName(o.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }

  const result: TReconciliation = { matched: 0, unmatched: [], differences: [], missing: [] };
  const found = new Set<TOurResult>();
  for (const row of theirs) {
    const id = row.id.trim();
    let match = id ? byId.get(`${row.stage}|${id}`) : undefined;
    if (!match) {
      const candidates = byName.get(`${row.stage}|${normaliseName(row.name)}`) ?? [];
      // Two organisations with one name cannot be told apart without the ID: report rather than guess.
      if (candidates.length > 1) {
        result.unmatched.push({ row: row.row, id: row.id, name: row.name, stage: row.stage, reason: 'ambiguous_name' });
        continue;
      }
      match = candidates[0];
    }
    if (!match) {
      result.unmatched.push({ row: row.row, id: row.id, name: row.name, stage: row.stage, reason: 'not_found' });
      continue;
    }
    result.matched += 1;
    found.add(match);

    const pairs: [TResultsColumn, number | undefined, number | undefined][] = [
      ['overall', match.scores.overall.score, row.overall],
      ...DIMENSION_IDS.map((d, i): [TResultsColumn, number | undefined, number | undefined] => [
        d,
        match.scores.dimensions.find((x) => x.id === d)?.score,
        row.dimensions[i],
      ]),
    ];
    for (const [column, ourScore, theirScore] of pairs) {
      if (ourScore === undefined || theirScore === undefined) continue;
      const shown = roundScore(ourScore);
      const difference = cleanDifference(theirScore, shown);
      if (Math.abs(difference) <= tolerance + EPSILON) continue;
      result.differences.push({
        row: row.row,
        organisationId: match.organisationId,
        name: match.name,
        stage: row.stage,
        column,
        ours: shown,
        theirs: theirScore,
        difference,
      });
    }
  }
  result.missing = ours
    .filter((o) => !found.has(o))
    .map((o) => ({ organisationId: o.organisationId, id: o.id, name: o.name, stage: o.stage }));
  return result;
}
