import { AppError } from '../../../errors';

/** Turns the database's unique-EIK violation (the last word under concurrency) into a 409 naming the field. */
export async function guardDuplicateEik<T>(eik: string | null, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const code = e.cause?.code ?? e.code;
    const constraint = e.cause?.constraint ?? e.constraint;
    if (code === '23505' && (constraint === 'organisations_eik_unique' || !constraint)) {
      throw new AppError('duplicate_eik', `An organisation with EIK ${eik} is already registered`, {
        fields: [{ field: 'eik', code: 'duplicate', message: 'already registered' }],
      });
    }
    throw err;
  }
}
