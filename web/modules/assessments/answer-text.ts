/**
 * Answers as sentences a person can read (the corrections history): the ticked options by their text,
 * matrix rows with their columns, a level or value per row — always in the wording of the questionnaire
 * version answered. Pure apart from the translate function.
 */
import type { TFunction } from 'i18next';
import {
  SCALE_MAX,
  TRISTATE_VALUES,
  type TQuestionDef,
  type TQuestionnaireDef,
} from '../../../src/domain/dma/questionnaires';
import { dmaText, questionText } from './labels';

const isIntList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x));

/** One line per ticked option or row; "not answered" / "none ticked" when there is nothing to list. */
export function describeAnswer(
  t: TFunction,
  def: Pick<TQuestionnaireDef, 'textKey'>,
  question: TQuestionDef,
  answer: unknown,
): string[] {
  if (answer === undefined || answer === null) return [t('assessments.answers.notAnswered')];
  const item = (n: number) => questionText(t, def, question.id, `items.${n}`);
  // A shape this version cannot read (e.g. hand-edited data) is shown as it is rather than guessed at.
  const raw = () => [JSON.stringify(answer)];
  switch (question.type) {
    case 'checkbox': {
      if (!isIntList(answer)) return raw();
      const ticked = [...answer].sort((a, b) => a - b);
      return ticked.length ? ticked.map(item) : [t('assessments.answers.noneTicked')];
    }
    case 'matrix2': {
      const m = answer as { plan?: unknown; done?: unknown };
      if (typeof answer !== 'object' || Array.isArray(answer) || !isIntList(m.plan) || !isIntList(m.done)) return raw();
      const plan = m.plan;
      const done = m.done;
      const rows = [...new Set([...plan, ...done])].sort((a, b) => a - b);
      if (!rows.length) return [t('assessments.answers.noneTicked')];
      return rows.map((row) => {
        const columns = (['plan', 'done'] as const)
          .filter((c) => (c === 'plan' ? plan : done).includes(row))
          .map((c) => questionText(t, def, question.id, `columns.${c}`));
        return t('assessments.answers.row', { row: item(row), value: columns.join(', ') });
      });
    }
    case 'scale': {
      if (!isIntList(answer) || answer.some((l) => l < 0 || l > SCALE_MAX)) return raw();
      return answer.map((level, i) =>
        t('assessments.answers.row', { row: item(i + 1), value: dmaText(t, `levels.${level}`) }),
      );
    }
    case 'tristate': {
      if (!Array.isArray(answer) || answer.some((v) => !(TRISTATE_VALUES as readonly unknown[]).includes(v)))
        return raw();
      return answer.map((value, i) =>
        t('assessments.answers.row', { row: item(i + 1), value: dmaText(t, `tristate.${String(value)}`) }),
      );
    }
  }
}

/** Whether two stored answers differ (order of ticked options or rows does not matter). */
export function answersDiffer(question: TQuestionDef, a: unknown, b: unknown): boolean {
  const norm = (v: unknown): string => {
    if (v === undefined || v === null) return 'null';
    if (question.type === 'checkbox' && isIntList(v)) return JSON.stringify([...v].sort((x, y) => x - y));
    if (question.type === 'matrix2' && typeof v === 'object' && !Array.isArray(v)) {
      const m = v as { plan?: unknown; done?: unknown };
      const sorted = (l: unknown) => (isIntList(l) ? [...l].sort((x, y) => x - y) : l);
      return JSON.stringify({ plan: sorted(m.plan), done: sorted(m.done) });
    }
    return JSON.stringify(v);
  };
  return norm(a) !== norm(b);
}
