/**
 * Reconciliation of the hub's DMA scores with a results file from the Commission's platform: which
 * file rows match one of our assessments, and every score that differs by more than the tolerance.
 */
import { DIMENSION_IDS } from '../../../domain/dma/questionnaires';
import { roundScore } from '../../../domain/dma/scoring';
import type { TResultsColumn } from './dta-results';
import { roundSigned } from './format';
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
  /** Our score rounded to one decimal, as exported. */
  ours: number;
  theirs: number;
  /** theirs − ours (full precision), rounded to one decimal. */
  difference: number;
}

export interface TReconciliation {
  matched: number;
  unmatched: TUnmatchedRow[];
  differences: TDifference[];
}

/** Absorbs binary error so 41.8 − 41.3 (0.50000000000000355) is not "more than 0.5". */
const EPSILON = 1e-9;

const normaliseName = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export function reconcile(ours: readonly TOurResult[], theirs: readonly TParsedResultsRow[], tolerance = 0.5): TReconciliation {
  const byId = new Map<string, TOurResult>();
  const byName = new Map<string, TOurResult[]>();
  for (const o of ours) {
    const id = o.id.trim();
    if (id) byId.set(`${o.stage}|${id}`, o);
    const key = `${o.stage}|${normaliseName(o.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }

  const result: TReconciliation = { matched: 0, unmatched: [], differences: [] };
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
      const delta = theirScore - ourScore;
      if (Math.abs(delta) <= tolerance + EPSILON) continue;
      result.differences.push({
        row: row.row,
        organisationId: match.organisationId,
        name: match.name,
        stage: row.stage,
        column,
        ours: roundScore(ourScore),
        theirs: theirScore,
        difference: roundSigned(delta),
      });
    }
  }
  return result;
}
