import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/lib/api';
import { issuesFromError } from './issues';

describe('answer issues from an API error', () => {
  it('keeps the questions of this questionnaire, with known codes', () => {
    const err = new ApiError(400, 'validation_failed', 'bad', [
      { field: 'Q7', code: 'exclusive_option', message: 'Q7: option 2 cannot be combined' },
      { field: 'Q4', code: 'something_new', message: 'Q4: odd' },
      { field: 'reason', code: 'too_small', message: 'short' },
    ]);
    expect(issuesFromError(err, ['Q4', 'Q7'])).toEqual([
      { question: 'Q7', code: 'exclusive_option', message: 'Q7: option 2 cannot be combined' },
      { question: 'Q4', code: 'invalid_format', message: 'Q4: odd' },
    ]);
  });

  it('finds nothing in an error without fields', () => {
    expect(issuesFromError(new ApiError(409, 'conflict', 'taken'), ['Q1'])).toEqual([]);
    expect(issuesFromError(new Error('boom'), ['Q1'])).toEqual([]);
  });
});
