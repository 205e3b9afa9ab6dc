import { describe, expect, it } from 'vitest';
import { normaliseCheckInCode } from './checkin-code';

describe('normaliseCheckInCode', () => {
  it('ignores case, spaces and dashes', () => {
    expect(normaliseCheckInCode('abcd efgh jk')).toBe('ABCDEFGHJK');
    expect(normaliseCheckInCode('  ABCD-EFGH-JK ')).toBe('ABCDEFGHJK');
    expect(normaliseCheckInCode('abcd\u2013efgh\u2014jk')).toBe('ABCDEFGHJK');
    expect(normaliseCheckInCode('ab\tcd\nef')).toBe('ABCDEF');
  });

  it('leaves a clean code as it is, and an empty input empty', () => {
    expect(normaliseCheckInCode('K7M2QX9PRT')).toBe('K7M2QX9PRT');
    expect(normaliseCheckInCode(' - ')).toBe('');
  });
});
