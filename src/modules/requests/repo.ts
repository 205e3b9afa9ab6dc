import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client';
import { serviceRequests } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import { isTerminal, type TRequestState } from '../../domain/services/request-state-machine';
import type { TRequestRow } from './queries/get-request';

/** Locks the request row for the rest of the transaction (so two people acting at once queue), or throws 404. */
export async function lockRequest(tx: Tx, requestId: string): Promise<TRequestRow> {
  const [row] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, requestId)).for('update');
  if (!row) throw notFound('Request');
  return row;
}

/** Refuses (409 request_closed) a comment or file on a finished request: closed, rejected or cancelled ones are read-only. */
export function assertOpenForWork(row: TRequestRow): void {
  if (isTerminal(row.status as TRequestState)) {
    throw new AppError('request_closed', `The request is ${row.status}; comments and files can no longer be added`, {
      status: row.status,
    });
  }
}
