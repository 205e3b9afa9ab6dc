import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { organisations } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';

/** Locks the organisation row for the rest of the transaction, or throws 404. */
export async function lockOrganisation(tx: Tx, organisationId: string): Promise<void> {
  const [row] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
  if (!row) throw notFound('Organisation');
}
