/**
 * The questionnaire form's answers as plain data, with pure helpers for every edit the form makes.
 * The rules (what a valid answer is) come from src/domain/dma/scoring.ts; this file only adds what a
 * form needs on top: scale and tristate rows can be half-filled while the user works (a `null` row),
 * and an untouched checkbox or matrix question counts as "none ticked" once the user leaves its section.
 */
import {
  DIMENSION_IDS,
  questionsOf,
  type TDimensionId,
  type TQuestionDef,
  type TQuestionnaireDef,
  type TTristate,
} from '../../../src/domain/dma/questionnaires';
import { checkAnswer, validateAnswers, type TAnswerIssue } from '../../../src/domain/dma/scoring';

/** Answers keyed by question id, in the API's answer format (dma.md), plus half-filled rows. */
export type TAnswerMap = Record<string, unknown>;

export type TMatrixColumn = 'plan' | 'done';

const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

function questionOf(def: TQuestionnaireDef, id: string): TQuestionDef | undefined {
  return def.questions.find((q) => q.id === id);
}

/** The ticked options of a checkbox answer (empty when unanswered or malformed). */
export function selectedOptions(answers: TAnswerMap, questionId: string): number[] {
  const a = answers[questionId];
  return Array.isArray(a) ? a.filter((x): x is number => Number.isInteger(x)) : [];
}

/**
 * Ticks or unticks a checkbox option. An exclusive option (SME Q7 option 2) clears every other option
 * when ticked, and ticking any other option clears it, so the form can never build the combination
 * the domain refuses. Unticking the last option leaves `[]`, which is a valid answer ("none").
 */
export function toggleOption(
  answers: TAnswerMap,
  question: TQuestionDef,
  option: number,
  checked: boolean,
): TAnswerMap {
  const current = selectedOptions(answers, question.id);
  const exclusive = question.exclusive ?? [];
  let next: number[];
  if (!checked) next = current.filter((o) => o !== option);
  else if (exclusive.includes(option)) next = [option];
  else next = [...current.filter((o) => o !== option && !exclusive.includes(o)), option];
  return { ...answers, [question.id]: sorted(next) };
}

/** The plan/done rows of a matrix answer (empty columns when unanswered). */
export function matrixOf(answers: TAnswerMap, questionId: string): { plan: number[]; done: number[] } {
  const a = answers[questionId];
  if (!a || typeof a !== 'object' || Array.isArray(a)) return { plan: [], done: [] };
  const m = a as Record<string, unknown>;
  const col = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : []);
  return { plan: col(m.plan), done: col(m.done) };
}

/** Ticks or unticks one row in the "plan" or "done" column of a matrix question. */
export function toggleMatrix(
  answers: TAnswerMap,
  question: TQuestionDef,
  column: TMatrixColumn,
  row: number,
  checked: boolean,
): TAnswerMap {
  const m = matrixOf(answers, question.id);
  const without = m[column].filter((r) => r !== row);
  return { ...answers, [question.id]: { ...m, [column]: sorted(checked ? [...without, row] : without) } };
}

/** The rows of a scale or tristate answer, `null` where no choice has been made yet. */
export function rowsOf<T>(answers: TAnswerMap, question: TQuestionDef): (T | null)[] {
  const a = answers[question.id];
  const rows: (T | null)[] = Array.from({ length: question.count }, () => null);
  if (Array.isArray(a)) a.slice(0, question.count).forEach((v, i) => (rows[i] = v === undefined ? null : (v as T)));
  return rows;
}

function setRow<T>(answers: TAnswerMap, question: TQuestionDef, row: number, value: T): TAnswerMap {
  const rows = rowsOf<T>(answers, question);
  rows[row - 1] = value;
  return { ...answers, [question.id]: rows };
}

/** Sets the level (0–5) of one row (1-based) of a scale question. */
export function setScaleLevel(answers: TAnswerMap, question: TQuestionDef, row: number, level: number): TAnswerMap {
  return setRow(answers, question, row, level);
}

/** Sets the no/partial/yes value of one row (1-based) of a tristate question. */
export function setTristate(answers: TAnswerMap, question: TQuestionDef, row: number, value: TTristate): TAnswerMap {
  return setRow(answers, question, row, value);
}

/** Removes a question's answer altogether. */
export function removeAnswer(answers: TAnswerMap, questionId: string): TAnswerMap {
  const next = { ...answers };
  delete next[questionId];
  return next;
}

/** Rows (1-based) of a scale or tristate question that still have no choice. */
export function missingRows(answers: TAnswerMap, question: TQuestionDef): number[] {
  if (question.type !== 'scale' && question.type !== 'tristate') return [];
  if (answers[question.id] === undefined || answers[question.id] === null) return [];
  return rowsOf<unknown>(answers, question)
    .map((v, i) => (v === null ? i + 1 : 0))
    .filter((r) => r > 0);
}

/** True when the question holds a complete, valid answer. */
export function isAnswered(def: TQuestionnaireDef, answers: TAnswerMap, questionId: string): boolean {
  const question = questionOf(def, questionId);
  const a = answers[questionId];
  return !!question && a !== undefined && a !== null && checkAnswer(question, a).length === 0;
}

/** Questions answered completely, out of all questions. */
export function progressOf(def: TQuestionnaireDef, answers: TAnswerMap): { answered: number; total: number } {
  return { answered: def.questions.filter((q) => isAnswered(def, answers, q.id)).length, total: def.questions.length };
}

/** The dimensions whose every question is answered. */
export function completedDimensions(def: TQuestionnaireDef, answers: TAnswerMap): Set<TDimensionId> {
  return new Set(DIMENSION_IDS.filter((d) => questionsOf(def, d).every((q) => isAnswered(def, answers, q.id))));
}

/**
 * Leaving a section: a checkbox or matrix question the user did not touch is answered "none ticked"
 * (that is what an unticked list means in the JRC instrument); scale and tristate rows still need a choice.
 */
export function settleSection(def: TQuestionnaireDef, answers: TAnswerMap, dimension: TDimensionId): TAnswerMap {
  const next = { ...answers };
  for (const q of questionsOf(def, dimension)) {
    if (next[q.id] !== undefined && next[q.id] !== null) continue;
    if (q.type === 'checkbox') next[q.id] = [];
    if (q.type === 'matrix2') next[q.id] = { plan: [], done: [] };
  }
  return next;
}

/** Half-filled rows are the form's own state: reported as "not answered" rather than a format error. */
function issuesFor(questions: TQuestionDef[], answers: TAnswerMap, complete: boolean): TAnswerIssue[] {
  const subset: TAnswerMap = {};
  const incomplete: TAnswerIssue[] = [];
  for (const q of questions) {
    const rows = missingRows(answers, q);
    if (rows.length) {
      if (complete)
        incomplete.push({
          question: q.id,
          code: 'not_answered',
          message: `${q.id}: rows ${rows.join(', ')} are not answered`,
        });
    } else if (answers[q.id] !== undefined) subset[q.id] = answers[q.id];
  }
  const scope: TQuestionnaireDef = { id: 'sme', version: 'form', textKey: 'form', dimensions: [], questions };
  const halfFilled = new Set(incomplete.map((i) => i.question));
  const found = [
    ...validateAnswers(scope, subset, { complete }).filter((i) => !halfFilled.has(i.question)),
    ...incomplete,
  ];
  // Keep the questionnaire's order so the first issue is the first question on screen.
  return questions.flatMap((q) => found.filter((i) => i.question === q.id));
}

/** Problems in one section; `complete` (leaving the section) also reports unanswered questions. */
export function sectionIssues(
  def: TQuestionnaireDef,
  answers: TAnswerMap,
  dimension: TDimensionId,
  complete = true,
): TAnswerIssue[] {
  return issuesFor(questionsOf(def, dimension), answers, complete);
}

/** Problems in the whole questionnaire, in question order. */
export function allIssues(def: TQuestionnaireDef, answers: TAnswerMap, complete = true): TAnswerIssue[] {
  return issuesFor([...def.questions], answers, complete);
}

/** The first dimension holding one of these issues' questions. */
export function dimensionOfIssue(def: TQuestionnaireDef, issues: readonly TAnswerIssue[]): TDimensionId | null {
  for (const d of def.dimensions) if (issues.some((i) => d.questions.includes(i.question))) return d.id;
  return null;
}

/** Only the complete, valid answers — what may be sent to the API as a draft (half-filled rows stay local). */
export function sendableAnswers(def: TQuestionnaireDef, answers: TAnswerMap): TAnswerMap {
  const out: TAnswerMap = {};
  for (const q of def.questions) if (isAnswered(def, answers, q.id)) out[q.id] = answers[q.id];
  return out;
}

/** Answers read back from storage: only this questionnaire's question ids survive. */
export function restoreAnswers(def: TQuestionnaireDef, stored: unknown): TAnswerMap {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const out: TAnswerMap = {};
  for (const q of def.questions) {
    const v = (stored as Record<string, unknown>)[q.id];
    if (v !== undefined && v !== null) out[q.id] = v;
  }
  return out;
}
