/** Answer problems the API reports (details.fields, field = question id) in the form's own issue shape. */
import type { TAnswerIssue } from '../../../src/domain/dma/scoring';
import { asApiError } from '../../lib/errors';

const CODES: readonly TAnswerIssue['code'][] = [
  'unknown_question',
  'not_answered',
  'invalid_format',
  'option_out_of_range',
  'duplicate_option',
  'wrong_row_count',
  'level_out_of_range',
  'exclusive_option',
];

/** The per-question issues of an API error; empty when the error names no question of this questionnaire. */
export function issuesFromError(err: unknown, questionIds: readonly string[]): TAnswerIssue[] {
  return asApiError(err)
    .fields.filter((f) => questionIds.includes(f.field.split('.')[0]))
    .map((f) => ({
      question: f.field.split('.')[0],
      code: (CODES as readonly string[]).includes(f.code) ? (f.code as TAnswerIssue['code']) : 'invalid_format',
      message: f.message,
    }));
}
