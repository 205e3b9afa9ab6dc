/** Answer problems the API reports (details.fields, field = question id) in the form's own issue shape. */
import { knownIssueCode, type TAnswerIssue } from '../../../src/domain/dma/scoring';
import { asApiError } from '../../shared/lib/errors';

/** The per-question issues of an API error; empty when the error names no question of this questionnaire. */
export function issuesFromError(err: unknown, questionIds: readonly string[]): TAnswerIssue[] {
  return asApiError(err)
    .fields.filter((f) => questionIds.includes(f.field.split('.')[0]))
    .map((f) => ({
      question: f.field.split('.')[0],
      code: knownIssueCode(f.code),
      message: f.message,
    }));
}
