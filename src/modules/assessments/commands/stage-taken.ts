import { AppError } from '../../../platform/errors';
import { pgErrorOf } from '../../../platform/db/pg-error';

/** A 409 naming the stage field: each stage is recorded once per organisation and questionnaire. */
export const stageTaken = (stage?: string) =>
  new AppError('conflict', `Stage ${stage ?? ''} is already recorded for this organisation`.replace('  ', ' '), {
    fields: [{ field: 'stage', code: 'taken', message: 'already recorded' }],
  });

/** Turns the database's one-stage-once violation (the last word under concurrency) into that 409. */
export async function stageTakenGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const { code, constraint } = pgErrorOf(err);
    if (code === '23505' && (constraint === 'assessments_stage_once' || !constraint)) throw stageTaken();
    throw err;
  }
}

/** A 409 when T0, T1 and T2 all exist: no further assessment can be recorded, only corrected. */
export const allStagesRecorded = () =>
  new AppError(
    'conflict',
    'T0, T1 and T2 are all recorded for this organisation: no further assessment can be started or submitted; staff can correct an existing one',
    { reason: 'all_stages_recorded' },
  );
