import { AppError } from '../../platform/errors';
import { pgErrorOf } from '../../platform/db/pg-error';

/** Turns the database's unique-EIK violation (the last word under concurrency) into a 409 naming the field. */
export async function guardDuplicateEik<T>(eik: string | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const { code, constraint } = pgErrorOf(err);
    if (code === '23505' && (constraint === 'organisations_eik_unique' || !constraint)) {
      throw new AppError('duplicate_eik', `An organisation with EIK ${eik} is already registered`, {
        fields: [{ field: 'eik', code: 'duplicate', message: 'already registered' }],
      });
    }
    throw err;
  }
}
