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

describe('origin errors (issue 10 item 10)', () => {
  it('have their own sentence in both languages, not "you are not allowed"', async () => {
    const { createI18n } = await import('../../i18n');
    const { errorKey, errorText } = await import('./errors');
    for (const lng of ['bg', 'en'] as const) {
      const i18n = createI18n(lng);
      const forbidden = i18n.t('errors.codes.forbidden');
      for (const code of [
        'INVALID_ORIGIN',
        'MISSING_OR_NULL_ORIGIN',
        'CROSS_SITE_NAVIGATION_LOGIN_BLOCKED',
        'invalid_origin',
      ]) {
        const err = new ApiError(403, code, 'Invalid origin');
        expect(errorKey(err)).toBe('errors.codes.origin');
        const text = errorText(i18n.t, err);
        expect(text).not.toBe(forbidden);
        expect(text).not.toContain('errors.codes');
      }
    }
  });
});
