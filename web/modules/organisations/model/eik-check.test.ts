import { describe, expect, it } from 'vitest';
import { eikFeedback, eikVerdict } from './eik-check';

describe('EIK live check', () => {
  it('gives a verdict only for the value in the field, once the server answered', () => {
    expect(eikVerdict(null, '123456789')).toBeNull();
    expect(eikVerdict({ value: '123456789', status: 'valid' }, '123456789')).toBe(true);
    expect(eikVerdict({ value: '123456789', status: 'invalid' }, '123456789')).toBe(false);
    expect(eikVerdict({ value: '123456789', status: 'checking' }, '123456789')).toBeNull();
    expect(eikVerdict({ value: '123456789', status: 'error' }, '123456789')).toBeNull();
    expect(eikVerdict({ value: '123456789', status: 'valid' }, '987654321')).toBeNull();
  });

  it('shows confirmed, checking or refused for the current Bulgarian EIK', () => {
    const none = { valid: false, checking: false, invalid: false };
    expect(eikFeedback({ value: '1', status: 'valid' }, '1', true, false)).toEqual({ ...none, valid: true });
    expect(eikFeedback({ value: '1', status: 'checking' }, '1', true, false)).toEqual({ ...none, checking: true });
    expect(eikFeedback({ value: '1', status: 'invalid' }, '1', true, false)).toEqual({ ...none, invalid: true });
    expect(eikFeedback({ value: '1', status: 'error' }, '1', true, false)).toEqual(none);
    expect(eikFeedback({ value: '1', status: 'valid' }, '2', true, false)).toEqual(none);
    expect(eikFeedback({ value: '1', status: 'valid' }, '1', false, false)).toEqual(none);
    expect(eikFeedback(null, '1', true, false)).toEqual(none);
  });

  it('does not refuse the saved, unchanged EIK', () => {
    expect(eikFeedback({ value: '1', status: 'invalid' }, '1', true, true).invalid).toBe(false);
  });
});
