/** Typed application errors. They carry a stable code (contract/errors.ts); the HTTP status comes from the registry. */
import type { TErrorCode } from '../contract/errors';

export type { TErrorCode };

export class AppError extends Error {
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A 400 that names the offending field. */
export function fieldError(field: string, message: string, code = 'invalid'): AppError {
  return new AppError('validation_failed', message, { fields: [{ field, code, message }] });
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new AppError('forbidden', message);
export const unauthenticated = () => new AppError('unauthenticated', 'Sign in first');
