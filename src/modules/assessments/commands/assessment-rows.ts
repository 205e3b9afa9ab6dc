/** Row helpers the assessment commands share. */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { assessments } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';

/**
 * Locks an assessment for the rest of the transaction and returns it: a 404 when there is none,
 * a 409 with `conflict` when it is not in the `status` the command works on.
 */
export async function lockAssessment(
  tx: Executor,
  id: string,
  status: (typeof assessments.$inferSelect)['status'],
  conflict: string,
): Promise<typeof assessments.$inferSelect> {
  const [row] = await tx.select().from(assessments).where(eq(assessments.id, id)).for('update');
  if (!row) throw notFound('Assessment');
  if (row.status !== status) throw new AppError('conflict', conflict);
  return row;
}

/** The submitted assessments of the same organisation and questionnaire as `row` (its stages so far). */
export function submittedOfSameSeries(
  row: Pick<typeof assessments.$inferSelect, 'organisationId' | 'questionnaire'>,
): SQL {
  return and(
    eq(assessments.organisationId, row.organisationId),
    eq(assessments.questionnaire, row.questionnaire),
    eq(assessments.status, 'submitted'),
  )!;
}
