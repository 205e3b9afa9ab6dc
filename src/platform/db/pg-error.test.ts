import { describe, expect, it } from 'vitest';
import { pgErrorOf } from './pg-error';

describe('pgErrorOf', () => {
  it('reads the code and constraint from a wrapped driver error first, else from the error itself', () => {
    expect(
      pgErrorOf({ message: 'Failed query', cause: { code: '23505', constraint: 'services_slug_unique' } }),
    ).toEqual({
      code: '23505',
      constraint: 'services_slug_unique',
    });
    expect(pgErrorOf({ code: '23P01', constraint: 'bookings_no_overlap' })).toEqual({
      code: '23P01',
      constraint: 'bookings_no_overlap',
    });
    expect(pgErrorOf({ code: '23505', cause: {} })).toEqual({ code: '23505', constraint: undefined });
  });

  it('gives nothing for errors that are not from the database', () => {
    expect(pgErrorOf(new Error('boom'))).toEqual({ code: undefined, constraint: undefined });
    expect(pgErrorOf(null)).toEqual({ code: undefined, constraint: undefined });
    expect(pgErrorOf({ code: 42 })).toEqual({ code: undefined, constraint: undefined });
  });
});
