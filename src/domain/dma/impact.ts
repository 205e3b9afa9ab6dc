/** Impact of the hub's support: change between stages, band moves and peer means. Pure. */
import { DIMENSION_IDS, STAGES, type TDimensionId, type TStage } from './questionnaires';
import { bandOf, type TBand, type TDmaResult } from './scoring';

export type TScores = Pick<TDmaResult, 'overall' | 'dimensions'>;

export interface TStageScores {
  stage: TStage;
  scores: TScores;
}

export interface TBandMove {
  target: 'overall' | TDimensionId;
  from: TBand;
  to: TBand;
}

export interface TStageChange {
  from: TStage;
  to: TStage;
  overall: number;
  dimensions: Record<TDimensionId, number>;
  bandMoves: TBandMove[];
}

const dimensionScore = (s: TScores, id: TDimensionId) => s.dimensions.find((d) => d.id === id)!;

/** T1 − T0 and T2 − T0 (each later stage against the baseline), with the bands that moved. */
export function stageChanges(stages: readonly TStageScores[]): TStageChange[] {
  const ordered = [...stages].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const base = ordered.find((s) => s.stage === 'T0');
  if (!base) return [];
  return ordered
    .filter((s) => s.stage !== 'T0')
    .map((later) => {
      const bandMoves: TBandMove[] = [];
      if (base.scores.overall.band !== later.scores.overall.band)
        bandMoves.push({ target: 'overall', from: base.scores.overall.band, to: later.scores.overall.band });
      const dimensions = {} as Record<TDimensionId, number>;
      for (const id of DIMENSION_IDS) {
        const a = dimensionScore(base.scores, id);
        const b = dimensionScore(later.scores, id);
        dimensions[id] = b.score - a.score;
        if (a.band !== b.band) bandMoves.push({ target: id, from: a.band, to: b.band });
      }
      return {
        from: 'T0',
        to: later.stage,
        overall: later.scores.overall.score - base.scores.overall.score,
        dimensions,
        bandMoves,
      };
    });
}

/** Peers are shown only from this many other organisations up, so no single organisation can be read off. */
export const BENCHMARK_MIN_PEERS = 5;

/** The mean scores of a peer group, or null when the group is too small to show. */
export function peerMean(peers: readonly TScores[], minimum = BENCHMARK_MIN_PEERS): TScores | null {
  if (peers.length < minimum) return null;
  const mean = (f: (s: TScores) => number) => peers.reduce((sum, s) => sum + f(s), 0) / peers.length;
  const overall = mean((s) => s.overall.score);
  return {
    overall: { score: overall, band: bandOf(overall) },
    dimensions: DIMENSION_IDS.map((id) => {
      const score = mean((s) => dimensionScore(s, id).score);
      return { id, score, band: bandOf(score) };
    }),
  };
}

/** The stages not recorded yet, in order. */
export function freeStages(recorded: readonly TStage[]): TStage[] {
  return STAGES.filter((s) => !recorded.includes(s));
}

/**
 * The stage a new submission takes: T0 first; then the stage after the highest recorded while there is
 * one; after T2 (staff may have recorded a later stage first) the lowest stage still free; null only
 * when T0, T1 and T2 all exist.
 */
export function nextStage(recorded: readonly TStage[]): TStage | null {
  const free = freeStages(recorded);
  if (!free.length) return null;
  if (!recorded.length) return 'T0';
  const highest = Math.max(...recorded.map((s) => STAGES.indexOf(s)));
  return STAGES[highest + 1] ?? free[0]!;
}

/**
 * Peer means as they may be shown: whole points, bands of the shown value. Rounding (with the peer
 * count withheld) keeps a newcomer's scores from being read off the change of the mean when the group
 * grows by one (README, "Peer benchmark").
 */
export function publishedPeerMean(mean: TScores): TScores {
  const whole = (score: number) => Math.round(score);
  const overall = whole(mean.overall.score);
  return {
    overall: { score: overall, band: bandOf(overall) },
    dimensions: mean.dimensions.map((d) => {
      const score = whole(d.score);
      return { id: d.id, score, band: bandOf(score) };
    }),
  };
}
