import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { availabilityExceptions } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';

export interface DeleteExceptionOptions {
  db: Db;
  actor: TActor;
  resourceId: string;
  exceptionId: string;
}

/** Removes a closure or an extra opening of the resource. */
export async function deleteException(opts: DeleteExceptionOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(availabilityExceptions)
      .where(
        and(eq(availabilityExceptions.id, opts.exceptionId), eq(availabilityExceptions.resourceId, opts.resourceId)),
      )
      .returning();
    if (!row) throw notFound('Closure or opening');
    await writeAudit(tx, opts.actor, {
      action: 'resource.exception.delete',
      entityType: 'resource',
      entityId: opts.resourceId,
      before: row,
    });
  });
}
