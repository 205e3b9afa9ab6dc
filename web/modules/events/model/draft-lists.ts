/** The repeated parts of the event draft (sessions, questions): change, drop or add one item of a list. */
import { nextQuestionId, type TQuestionDraft } from '../form-model';

/** The list with item `i` patched; the others stay the same objects. */
export function patchAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, j) => (j === i ? { ...x, ...patch } : x));
}

/** The list without item `i`. */
export function withoutAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

/** A new, empty free-text question with an id the others do not use. */
export function newQuestion(questions: readonly TQuestionDraft[]): TQuestionDraft {
  return { id: nextQuestionId(questions), labelBg: '', labelEn: '', kind: 'text', required: false, options: '' };
}
