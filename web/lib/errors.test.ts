import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { meansNotFound } from './errors';

describe('meansNotFound', () => {
  it('treats a 404 and a malformed id as a record that is not there', () => {
    expect(meansNotFound(new ApiError(404, 'not_found', 'Not found'))).toBe(true);
    expect(meansNotFound(new ApiError(400, 'bad_request', 'Bad id'))).toBe(true);
    expect(meansNotFound(new ApiError(400, 'validation_failed', 'Bad id'))).toBe(true);
  });
  it('leaves other failures to the error message with a retry', () => {
    expect(meansNotFound(new ApiError(500, 'internal', 'Boom'))).toBe(false);
    expect(meansNotFound(new ApiError(403, 'forbidden', 'No'))).toBe(false);
    expect(meansNotFound(new Error('network down'))).toBe(false);
  });
});
