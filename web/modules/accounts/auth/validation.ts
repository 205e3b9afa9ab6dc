/** Client-side checks that mirror the server's limits, so mistakes show before a round trip. */
import { LIMITS } from '../../../../src/contract/common';

export type TAuthFieldProblem = 'required' | 'email' | 'passwordShort' | 'passwordLong' | 'mismatch' | null;

export function checkEmail(value: string): TAuthFieldProblem {
  const v = value.trim();
  if (!v) return 'required';
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? null : 'email';
}

export function checkPassword(value: string): TAuthFieldProblem {
  if (!value) return 'required';
  if (value.length < LIMITS.passwordMin) return 'passwordShort';
  if (value.length > LIMITS.passwordMax) return 'passwordLong';
  return null;
}

export function checkRequired(value: string): TAuthFieldProblem {
  return value.trim() ? null : 'required';
}
