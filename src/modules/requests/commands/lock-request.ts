import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { serviceRequests } from '../../../db/schema';
import { notFound } from '../../../errors';
import type { TRequestRow } from '../queries/get-request';

/** Locks the request row for the rest of the transaction (so two people acting at once queue), or throws 404. */
export async function lockRequest(tx: Tx, requestId: string): Promise<TRequestRow> {
  const [row] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, requestId)).for('update');
  if (!row) throw notFound('Request');
  return row;
}
