import { AppError } from '../../platform/errors';
import { pgErrorOf } from '../../platform/db/pg-error';

/** The database's exclusion constraint refused an overlapping booking of a single-seat resource. */
export function isExclusionViolation(err: unknown): boolean {
  return pgErrorOf(err).code === '23P01';
}

export const slotTaken = (message: string, details?: unknown) => new AppError('slot_taken', message, details);
