/**
 * Validation and scoring of DMA answers (shared/design/dma.md). Pure functions over plain data.
 * Scoring profiles are versioned data: the per-type formulas are fixed by the method, the profile says
 * which options do not score and where the bands lie.
 */
import {
  SCALE_MAX,
  TRISTATE_VALUES,
  type TDimensionId,
  type TQuestionDef,
  type TQuestionnaireDef,
  type TQuestionnaireId,
  type TTristate,
} from './questionnaires';

import { BANDS, type TBand } from '../../contract/assessments/enums';

export { BANDS, type TBand };

export interface TScoringProfile {
  id: string;
  /** Upper bounds (inclusive) of every band but the last, in order: a score above the bound falls in the next band. */
  bandUpperBounds: readonly [number, number, number];
  /** Checkbox options that count as an answer but never score, per questionnaire and question. */
  nonScoringOptions: Partial<Record<TQuestionnaireId, Record<string, readonly number[]>>>;
  /** Points per tristate value. */
  tristatePoints: Record<TTristate, number>;
}

export const JRC_2023: TScoringProfile = {
  id: 'jrc-2023',
  bandUpperBounds: [25, 50, 75],
  nonScoringOptions: { sme: { Q7: [2] } },
  tristatePoints: { no: 0, partial: 0.5, yes: 1 },
};

export const SCORING_PROFILES: Record<string, TScoringProfile> = { [JRC_2023.id]: JRC_2023 };
export const DEFAULT_PROFILE = JRC_2023;

/** Every problem an answer can have. */
export const ANSWER_ISSUE_CODES = [
  'unknown_question',
  'not_answered',
  'invalid_format',
  'option_out_of_range',
  'duplicate_option',
  'wrong_row_count',
  'level_out_of_range',
  'exclusive_option',
] as const;
export type TAnswerIssueCode = (typeof ANSWER_ISSUE_CODES)[number];

/** A known issue code as it is; any other (e.g. from a newer server) as 'invalid_format'. */
export function knownIssueCode(code: string): TAnswerIssueCode {
  return (ANSWER_ISSUE_CODES as readonly string[]).includes(code) ? (code as TAnswerIssueCode) : 'invalid_format';
}

export interface TAnswerIssue {
  question: string;
  code: TAnswerIssueCode;
  message: string;
}

const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x));

function checkOptionList(question: string, list: unknown, max: number, label: string): TAnswerIssue[] {
  if (!isIntArray(list))
    return [{ question, code: 'invalid_format', message: `${question}: ${label} must be a list of whole numbers` }];
  const issues: TAnswerIssue[] = [];
  const outOfRange = list.filter((n) => n < 1 || n > max);
  if (outOfRange.length)
    issues.push({
      question,
      code: 'option_out_of_range',
      message: `${question}: ${label} ${outOfRange.join(', ')} is outside 1–${max}`,
    });
  if (new Set(list).size !== list.length)
    issues.push({ question, code: 'duplicate_option', message: `${question}: ${label} lists an entry twice` });
  return issues;
}

/** Checks one answer against its question; returns every problem found. */
export function checkAnswer(def: TQuestionDef, answer: unknown): TAnswerIssue[] {
  const { id, count } = def;
  switch (def.type) {
    case 'checkbox': {
      const issues = checkOptionList(id, answer, count, 'option');
      if (issues.length) return issues;
      const list = answer as number[];
      const exclusive = (def.exclusive ?? []).filter((o) => list.includes(o));
      if (exclusive.length && list.length > 1)
        return [
          {
            question: id,
            code: 'exclusive_option',
            message: `${id}: option ${exclusive[0]} cannot be combined with other options`,
          },
        ];
      return [];
    }
    case 'matrix2': {
      if (typeof answer !== 'object' || answer === null || Array.isArray(answer))
        return [{ question: id, code: 'invalid_format', message: `${id}: expected {"plan":[rows],"done":[rows]}` }];
      const a = answer as Record<string, unknown>;
      const extra = Object.keys(a).filter((k) => k !== 'plan' && k !== 'done');
      if (extra.length)
        return [{ question: id, code: 'invalid_format', message: `${id}: unknown column ${extra.join(', ')}` }];
      return [
        ...checkOptionList(id, a.plan ?? null, count, 'plan row'),
        ...checkOptionList(id, a.done ?? null, count, 'done row'),
      ];
    }
    case 'scale': {
      if (!isIntArray(answer))
        return [
          { question: id, code: 'invalid_format', message: `${id}: expected a list of ${count} levels 0–${SCALE_MAX}` },
        ];
      if (answer.length !== count)
        return [
          { question: id, code: 'wrong_row_count', message: `${id}: expected ${count} rows, got ${answer.length}` },
        ];
      if (answer.some((l) => l < 0 || l > SCALE_MAX))
        return [
          {
            question: id,
            code: 'level_out_of_range',
            message: `${id}: every level must be between 0 and ${SCALE_MAX}`,
          },
        ];
      return [];
    }
    case 'tristate': {
      if (!Array.isArray(answer))
        return [
          { question: id, code: 'invalid_format', message: `${id}: expected a list of ${count} values no/partial/yes` },
        ];
      if (answer.length !== count)
        return [
          { question: id, code: 'wrong_row_count', message: `${id}: expected ${count} rows, got ${answer.length}` },
        ];
      if (answer.some((v) => !(TRISTATE_VALUES as readonly unknown[]).includes(v)))
        return [{ question: id, code: 'invalid_format', message: `${id}: every row must be "no", "partial" or "yes"` }];
      return [];
    }
  }
}

/**
 * Checks a set of answers. `complete` demands every question (a submitted assessment); a draft may
 * leave questions out but what it holds must be valid.
 */
export function validateAnswers(def: TQuestionnaireDef, answers: unknown, opts: { complete: boolean }): TAnswerIssue[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers))
    return [{ question: 'answers', code: 'invalid_format', message: 'answers must be an object keyed by question id' }];
  const given = answers as Record<string, unknown>;
  const issues: TAnswerIssue[] = [];
  for (const key of Object.keys(given)) {
    if (!def.questions.some((x) => x.id === key))
      issues.push({
        question: key,
        code: 'unknown_question',
        message: `${key} is not a question of the ${def.id.toUpperCase()} questionnaire`,
      });
  }
  for (const question of def.questions) {
    const answer = given[question.id];
    if (answer === undefined || answer === null) {
      if (opts.complete)
        issues.push({ question: question.id, code: 'not_answered', message: `${question.id} is not answered` });
      continue;
    }
    issues.push(...checkAnswer(question, answer));
  }
  return issues;
}

/** The 0–10 score of one valid answer under a profile. */
export function scoreQuestion(
  questionnaire: TQuestionnaireId,
  def: TQuestionDef,
  answer: unknown,
  profile: TScoringProfile,
): number {
  switch (def.type) {
    case 'checkbox': {
      const nonScoring = profile.nonScoringOptions[questionnaire]?.[def.id] ?? [];
      const selected = (answer as number[]).filter((o) => !nonScoring.includes(o)).length;
      return (selected / (def.count - nonScoring.length)) * 10;
    }
    case 'matrix2': {
      const { plan, done } = answer as { plan: number[]; done: number[] };
      return ((plan.length * 0.5 + done.length * 0.5) / def.count) * 10;
    }
    case 'scale': {
      const levels = answer as number[];
      return (levels.reduce((s, l) => s + l, 0) / levels.length / SCALE_MAX) * 10;
    }
    case 'tristate': {
      const values = answer as TTristate[];
      return (values.reduce((s, v) => s + profile.tristatePoints[v], 0) / values.length) * 10;
    }
  }
}

/** The band of a 0–100 score (on the unrounded value). */
export function bandOf(score: number, profile: TScoringProfile = DEFAULT_PROFILE): TBand {
  const [a, b, c] = profile.bandUpperBounds;
  if (score <= a) return 'basic';
  if (score <= b) return 'average';
  if (score <= c) return 'moderately_advanced';
  return 'advanced';
}

export interface TDimensionScore {
  id: TDimensionId;
  score: number;
  band: TBand;
}

export interface TDmaResult {
  questionnaire: TQuestionnaireId;
  profile: string;
  overall: { score: number; band: TBand };
  dimensions: TDimensionScore[];
  /** 0–10 per question, full precision. */
  questions: Record<string, number>;
}

/** Scores a complete, valid answer set. Call validateAnswers(…, { complete: true }) first. */
export function scoreAnswers(
  def: TQuestionnaireDef,
  answers: Record<string, unknown>,
  profile: TScoringProfile = DEFAULT_PROFILE,
): TDmaResult {
  const questions: Record<string, number> = {};
  for (const question of def.questions)
    questions[question.id] = scoreQuestion(def.id, question, answers[question.id], profile);
  const dimensions = def.dimensions.map((d) => {
    const score = (d.questions.reduce((s, id) => s + questions[id]!, 0) / d.questions.length) * 10;
    return { id: d.id, score, band: bandOf(score, profile) };
  });
  const overall = dimensions.reduce((s, d) => s + d.score, 0) / dimensions.length;
  return {
    questionnaire: def.id,
    profile: profile.id,
    overall: { score: overall, band: bandOf(overall, profile) },
    dimensions,
    questions,
  };
}

/** One decimal, half up — how scores are shown and exported. */
export function roundScore(score: number): number {
  // The small epsilon absorbs binary representation error (41.75 stored as 41.7499999…).
  return Math.floor(score * 10 + 0.5 + 1e-9) / 10;
}
