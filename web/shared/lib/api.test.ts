import { describe, expect, it } from 'vitest';
import { toApiError, withQuery } from './api';
import { errorKey, fieldErrorsOf } from './errors';

const t = ((key: string) => key) as never;

describe('API errors', () => {
  it('reads our error envelope with field details', () => {
    const e = toApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'eik: bad',
        details: { fields: [{ field: 'eik', code: 'checksum', message: 'bad' }] },
      },
    });
    expect(e.status).toBe(400);
    expect(e.code).toBe('validation_failed');
    expect(e.fields).toEqual([{ field: 'eik', code: 'checksum', message: 'bad' }]);
  });

  it("reads better-auth's flat {code, message}", () => {
    const e = toApiError(401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' });
    expect(e.code).toBe('INVALID_EMAIL_OR_PASSWORD');
    expect(errorKey(e)).toBe('errors.codes.INVALID_EMAIL_OR_PASSWORD');
  });

  it('derives a code from the status when the body has none', () => {
    expect(toApiError(404, null).code).toBe('not_found');
    expect(toApiError(502, 'gateway').code).toBe('internal');
    expect(toApiError(429, {}).code).toBe('rate_limited');
  });

  it('always says "too many attempts" for 429 and falls back to a generic sentence', () => {
    expect(errorKey(toApiError(429, { code: 'SOMETHING' }))).toBe('errors.codes.rate_limited');
    expect(errorKey(toApiError(418, { error: { code: 'teapot', message: '' } }))).toBe('errors.generic');
    expect(errorKey(new Error('boom'))).toBe('errors.codes.internal');
  });

  it('places field errors next to known fields and the rest in the summary', () => {
    const e = toApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'x',
        details: {
          fields: [
            { field: 'eik', code: 'checksum', message: '' },
            { field: 'secret', code: 'weird', message: '' },
          ],
        },
      },
    });
    expect(fieldErrorsOf(t, e, ['eik', 'oblast'])).toEqual({
      fields: { eik: 'errors.fields.checksum' },
      rest: ['errors.fields.invalid'],
    });
  });

  it('builds query strings without empty values', () => {
    expect(withQuery('/x', { q: 'a b', type: '', page: 2, mine: undefined, partner: false })).toBe(
      '/x?q=a+b&page=2&partner=false',
    );
    expect(withQuery('/x', {})).toBe('/x');
  });
});
