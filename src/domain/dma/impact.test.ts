import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, type TStage } from './questionnaires';
import { bandOf } from './scoring';
import { freeStages, nextStage, peerMean, publishedPeerMean, stageChanges, type TScores } from './impact';

function scores(overall: number, dims: number[]): TScores {
  return {
    overall: { score: overall, band: bandOf(overall) },
    dimensions: DIMENSION_IDS.map((id, i) => ({ id, score: dims[i]!, band: bandOf(dims[i]!) })),
  };
}

describe('stageChanges', () => {
  it('compares every later stage with T0 and lists the bands that moved', () => {
    const t0 = scores(20, [20, 30, 40, 50, 60, 70]);
    const t1 = scores(30, [20, 60, 40, 45, 80, 70]);
    const t2 = scores(55, [26, 60, 40, 45, 80, 70]);
    const changes = stageChanges([
      { stage: 'T2', scores: t2 },
      { stage: 'T0', scores: t0 },
      { stage: 'T1', scores: t1 },
    ]);
    expect(changes.map((c) => `${c.from}-${c.to}`)).toEqual(['T0-T1', 'T0-T2']);
    expect(changes[0]!.overall).toBe(10);
    expect(changes[0]!.dimensions).toEqual({ D1: 0, D2: 30, D3: 0, D4: -5, D5: 20, D6: 0 });
    // D4 fell by 5 but stayed average: not a band move.
    expect(changes[0]!.bandMoves).toEqual([
      { target: 'overall', from: 'basic', to: 'average' },
      { target: 'D2', from: 'average', to: 'moderately_advanced' },
      { target: 'D5', from: 'moderately_advanced', to: 'advanced' },
    ]);
    expect(changes[1]!.bandMoves.map((m) => m.target)).toEqual(['overall', 'D1', 'D2', 'D5']);
  });

  it('has nothing to compare without a T0', () => {
    expect(stageChanges([{ stage: 'T1', scores: scores(10, [10, 10, 10, 10, 10, 10]) }])).toEqual([]);
    expect(stageChanges([{ stage: 'T0', scores: scores(10, [10, 10, 10, 10, 10, 10]) }])).toEqual([]);
  });
});

describe('peerMean', () => {
  const peer = (v: number) => scores(v, [v, v, v, v, v, v]);
  it('is hidden below five peers', () => {
    expect(peerMean([peer(10), peer(20), peer(30), peer(40)])).toBeNull();
    expect(peerMean([])).toBeNull();
  });
  it('averages every dimension and the overall score from five peers up, with bands', () => {
    const mean = peerMean([peer(10), peer(20), peer(30), peer(40), peer(60)])!;
    expect(mean.overall).toEqual({ score: 32, band: 'average' });
    expect(mean.dimensions.map((d) => d.score)).toEqual([32, 32, 32, 32, 32, 32]);
  });
});

describe('nextStage', () => {
  it('is T0 first, then the stage after the highest recorded', () => {
    expect(nextStage([])).toBe('T0');
    expect(nextStage(['T0'])).toBe('T1');
    expect(nextStage(['T0', 'T1'])).toBe('T2');
    expect(nextStage(['T1'])).toBe('T2');
  });

  it('falls back to the lowest free stage when a later stage was recorded first', () => {
    expect(nextStage(['T2'])).toBe('T0');
    expect(nextStage(['T0', 'T2'])).toBe('T1');
    expect(nextStage(['T2', 'T0'])).toBe('T1');
    expect(nextStage(['T1', 'T2'])).toBe('T0');
  });

  it('is none only when T0, T1 and T2 all exist', () => {
    expect(nextStage(['T0', 'T1', 'T2'])).toBeNull();
    expect(nextStage(['T2', 'T0', 'T1'])).toBeNull();
  });

  it('always names a free stage', () => {
    const subsets: TStage[][] = [[], ['T0'], ['T1'], ['T2'], ['T0', 'T1'], ['T0', 'T2'], ['T1', 'T2']];
    for (const recorded of subsets) {
      const next = nextStage(recorded);
      expect(next, recorded.join()).not.toBeNull();
      expect(recorded).not.toContain(next);
      expect(freeStages(recorded)).toContain(next);
    }
  });
});

describe('freeStages', () => {
  it('lists the stages not yet recorded, in order', () => {
    expect(freeStages([])).toEqual(['T0', 'T1', 'T2']);
    expect(freeStages(['T2', 'T0'])).toEqual(['T1']);
    expect(freeStages(['T0', 'T1', 'T2'])).toEqual([]);
  });
});

describe('publishedPeerMean', () => {
  it('rounds every mean to whole points and bands the shown value', () => {
    const mean = publishedPeerMean(scores(25.4, [25.5, 49.49, 50.5, 74.6, 0.4, 99.5]));
    expect(mean.overall).toEqual({ score: 25, band: 'basic' });
    expect(mean.dimensions.map((d) => [d.score, d.band])).toEqual([
      [26, 'average'],
      [49, 'average'],
      [51, 'moderately_advanced'],
      [75, 'moderately_advanced'],
      [0, 'basic'],
      [100, 'advanced'],
    ]);
  });
});
