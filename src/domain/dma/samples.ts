/**
 * Deterministic DMA answer sets for tests and the demo seed. Every generator returns a fresh,
 * complete and valid answer object (validateAnswers(def, x, { complete: true }) finds nothing), built
 * from the questionnaire structure alone so that a new questionnaire version needs no change here.
 */
import {
  TRISTATE_VALUES,
  SCALE_MAX,
  type TAnswer,
  type TQuestionDef,
  type TQuestionnaireDef,
  type TTristate,
} from './questionnaires';
import { DEFAULT_PROFILE, type TScoringProfile } from './scoring';

export type TSampleAnswers = Record<string, TAnswer>;

/** 1..n */
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/**
 * mulberry32: a tiny 32-bit PRNG returning floats in [0, 1). Good enough for sample data and, unlike
 * Math.random, reproducible from a seed so a failing test or a demo database can be rebuilt exactly.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Checkbox options that earn points and may be combined: neither exclusive nor non-scoring under the profile. */
function scoringOptions(def: TQuestionnaireDef, question: TQuestionDef, profile: TScoringProfile): number[] {
  const nonScoring = profile.nonScoringOptions[def.id]?.[question.id] ?? [];
  const exclusive = question.exclusive ?? [];
  return range(question.count).filter((o) => !nonScoring.includes(o) && !exclusive.includes(o));
}

function build(def: TQuestionnaireDef, answer: (question: TQuestionDef) => TAnswer): TSampleAnswers {
  return Object.fromEntries(def.questions.map((question) => [question.id, answer(question)]));
}

/** The lowest possible answers: nothing ticked, every level 0, every row "no" (scores 0 everywhere). */
export function emptyAnswers(def: TQuestionnaireDef): TSampleAnswers {
  return build(def, (question) => {
    switch (question.type) {
      case 'checkbox':
        return [];
      case 'matrix2':
        return { plan: [], done: [] };
      case 'scale':
        return Array.from({ length: question.count }, () => 0);
      case 'tristate':
        return Array.from({ length: question.count }, (): TTristate => 'no');
    }
  });
}

/**
 * The highest possible answers: every scoring option ticked (never an exclusive option such as SME
 * Q7 option 2, which scores 0 and cannot be combined), every matrix row in both columns, every level
 * 5, every row "yes" (scores 100 everywhere).
 */
export function maximalAnswers(def: TQuestionnaireDef, profile: TScoringProfile = DEFAULT_PROFILE): TSampleAnswers {
  return build(def, (question) => {
    switch (question.type) {
      case 'checkbox':
        return scoringOptions(def, question, profile);
      case 'matrix2':
        return { plan: range(question.count), done: range(question.count) };
      case 'scale':
        return Array.from({ length: question.count }, () => SCALE_MAX);
      case 'tristate':
        return Array.from({ length: question.count }, (): TTristate => 'yes');
    }
  });
}

/**
 * Valid random answers, reproducible from `seed`. `level` (0..1) biases towards maturity: every
 * answer type is drawn so that its expected score is level × 10, hence the expected overall score is
 * level × 100 (0 gives emptyAnswers, 1 gives maximalAnswers, apart from exclusive options).
 */
export function randomAnswers(
  def: TQuestionnaireDef,
  seed: number,
  level = 0.5,
  profile: TScoringProfile = DEFAULT_PROFILE,
): TSampleAnswers {
  if (!(level >= 0 && level <= 1)) throw new RangeError(`level must be between 0 and 1, got ${level}`);
  const rng = mulberry32(seed);
  const hit = (): boolean => rng() < level;
  // k independent hits out of n: mean n × level, so scale and tristate keep the expected score at level × 10.
  const hits = (n: number): number => range(n).filter(hit).length;
  return build(def, (question) => {
    switch (question.type) {
      case 'checkbox': {
        const ticked = scoringOptions(def, question, profile).filter(hit);
        // An exclusive option ("data is not collected digitally") only makes sense alone, and more so the less mature.
        const exclusive = question.exclusive ?? [];
        if (ticked.length === 0 && exclusive.length > 0 && rng() >= level)
          return [exclusive[Math.floor(rng() * exclusive.length)]!];
        return ticked;
      }
      case 'matrix2':
        return { plan: range(question.count).filter(hit), done: range(question.count).filter(hit) };
      case 'scale':
        return Array.from({ length: question.count }, () => hits(SCALE_MAX));
      case 'tristate':
        return Array.from({ length: question.count }, () => TRISTATE_VALUES[hits(2)]!);
    }
  });
}

/**
 * The worked example of shared/design/dma.md (SME, profile jrc-2023): D1 40.0, D2 38.57, D3 46.43,
 * D4 53.57, D5 32.0, D6 40.0, overall 41.76 → 41.8 Average. The document gives only how many options
 * are ticked; which ones is our choice and does not change the scores.
 */
export function workedExampleSme(): TSampleAnswers {
  return {
    Q1: { plan: [1, 2, 3, 4, 5], done: [1, 2, 3] },
    Q2: [1, 3, 5, 10],
    Q3: [1, 2, 3, 6, 8, 10],
    Q4: [0, 1, 3, 0, 2, 0, 0],
    Q5: [1, 3, 4],
    Q6: [1, 2, 4, 7],
    Q7: [1, 3, 4, 5],
    Q8: [1, 2, 5],
    Q9: [0, 2, 5, 0, 1],
    Q10: [2, 5, 7, 10],
    Q11: ['no', 'partial', 'yes', 'no', 'partial'],
  };
}
