import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it('finds listed passwords whatever their case', () => {
    expect(isCommonPassword('password123')).toBe(true);
    expect(isCommonPassword('QwertyUiop')).toBe(true);
    expect(isCommonPassword('1234567890')).toBe(true);
  });
  it('lets other passwords through', () => {
    expect(isCommonPassword('correct-horse-battery')).toBe(false);
    expect(isCommonPassword('zagore-demo-2026')).toBe(false);
  });
});
