import { describe, expect, it } from 'vitest';
import { backoffMs, FREE_FAILURES } from './sign-in-backoff';

describe('backoffMs', () => {
  it('is free for the first failures, then doubles up to a cap', () => {
    expect(backoffMs(FREE_FAILURES - 1)).toBe(0);
    expect(backoffMs(FREE_FAILURES)).toBe(30_000);
    expect(backoffMs(FREE_FAILURES + 1)).toBe(60_000);
    expect(backoffMs(FREE_FAILURES + 20)).toBe(15 * 60_000);
  });
});
