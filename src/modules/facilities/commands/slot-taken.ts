import { AppError } from '../../../errors';

/** The database's exclusion constraint refused an overlapping booking of a single-seat resource. */
export function isExclusionViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return (e?.cause?.code ?? e?.code) === '23P01';
}

export const slotTaken = (message: string, details?: unknown) => new AppError('slot_taken', message, details);
