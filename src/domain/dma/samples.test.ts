import { describe, expect, it } from 'vitest';
import { PSO_2023, SME_2023 } from './questionnaires';
import { emptyAnswers, maximalAnswers, mulberry32, randomAnswers, workedExampleSme } from './samples';
import { scoreAnswers, validateAnswers } from './scoring';

const SEEDS = Array.from({ length: 100 }, (_, i) => i * 7919 + 1);

describe('mulberry32', () => {
  it('is reproducible from the seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(990);
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('gives different sequences for different seeds', () => {
    const a = mulberry32(1);
    const b = mulberry32(2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });
});

describe.each([SME_2023, PSO_2023])('samples for $version', (def) => {
  const valid = (answers: unknown) => validateAnswers(def, answers, { complete: true });

  it('emptyAnswers is valid, complete and scores 0', () => {
    const answers = emptyAnswers(def);
    expect(Object.keys(answers)).toEqual(def.questions.map((q) => q.id));
    expect(valid(answers)).toEqual([]);
    expect(scoreAnswers(def, answers).overall.score).toBe(0);
  });

  it('maximalAnswers is valid, complete and scores 100', () => {
    const answers = maximalAnswers(def);
    expect(Object.keys(answers)).toEqual(def.questions.map((q) => q.id));
    expect(valid(answers)).toEqual([]);
    const result = scoreAnswers(def, answers);
    expect(result.overall.score).toBeCloseTo(100, 12);
    expect(result.dimensions.every((d) => Math.abs(d.score - 100) < 1e-9)).toBe(true);
  });

  it('returns fresh objects, so a caller may change one without touching the next', () => {
    const checkbox = def.questions.find((q) => q.type === 'checkbox')!.id;
    const first = maximalAnswers(def);
    (first[checkbox] as number[]).length = 0;
    expect(maximalAnswers(def)[checkbox]).not.toEqual([]);
  });

  it.each([0, 0.3, 0.5, 0.8, 1])('randomAnswers at level %d is valid for 100 seeds', (level) => {
    for (const seed of SEEDS) {
      const answers = randomAnswers(def, seed, level);
      expect(valid(answers), `seed ${seed}`).toEqual([]);
      const { overall } = scoreAnswers(def, answers);
      expect(overall.score).toBeGreaterThanOrEqual(0);
      expect(overall.score).toBeLessThanOrEqual(100 + 1e-9);
    }
  });

  it('randomAnswers uses the default level when none is given, and is valid', () => {
    for (const seed of SEEDS) expect(valid(randomAnswers(def, seed))).toEqual([]);
  });

  it('randomAnswers gives the same answers for the same seed and different ones for other seeds', () => {
    expect(randomAnswers(def, 1234, 0.6)).toEqual(randomAnswers(def, 1234, 0.6));
    const distinct = new Set(SEEDS.map((seed) => JSON.stringify(randomAnswers(def, seed, 0.5))));
    expect(distinct.size).toBe(SEEDS.length);
  });

  it('randomAnswers reaches the extremes at level 0 and 1', () => {
    expect(scoreAnswers(def, randomAnswers(def, 7, 0)).overall.score).toBe(0);
    expect(scoreAnswers(def, randomAnswers(def, 7, 1)).overall.score).toBeCloseTo(100, 12);
  });

  it('a higher level gives a higher mean score, close to level × 100', () => {
    const meanAt = (level: number) =>
      SEEDS.reduce((s, seed) => s + scoreAnswers(def, randomAnswers(def, seed, level)).overall.score, 0) / SEEDS.length;
    const means = [0.1, 0.3, 0.5, 0.7, 0.9].map(meanAt);
    for (let i = 1; i < means.length; i++) expect(means[i]!).toBeGreaterThan(means[i - 1]!);
    [10, 30, 50, 70, 90].forEach((target, i) => expect(Math.abs(means[i]! - target)).toBeLessThan(5));
  });

  it('randomAnswers refuses a level outside 0–1', () => {
    expect(() => randomAnswers(def, 1, -0.1)).toThrow(RangeError);
    expect(() => randomAnswers(def, 1, 1.5)).toThrow(RangeError);
    expect(() => randomAnswers(def, 1, Number.NaN)).toThrow(RangeError);
  });
});

describe('SME specifics', () => {
  it('maximalAnswers never ticks the exclusive Q7 option 2', () => {
    expect(maximalAnswers(SME_2023).Q7).toEqual([1, 3, 4, 5, 6, 7, 8]);
  });

  it('randomAnswers sometimes answers Q7 with option 2 alone, never combined', () => {
    const q7 = SEEDS.map((seed) => randomAnswers(SME_2023, seed, 0.2).Q7 as number[]);
    expect(q7.some((a) => a.length === 1 && a[0] === 2)).toBe(true);
    expect(q7.every((a) => !a.includes(2) || a.length === 1)).toBe(true);
  });

  it('workedExampleSme is a complete, valid SME answer set', () => {
    expect(Object.keys(workedExampleSme())).toEqual(SME_2023.questions.map((q) => q.id));
    expect(validateAnswers(SME_2023, workedExampleSme(), { complete: true })).toEqual([]);
  });
});
