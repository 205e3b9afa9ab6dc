import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { services } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { pgErrorOf } from '../../../platform/db/pg-error';
import { SERVICE_COLUMNS } from '../repo';

export interface DeleteServiceOptions {
  db: Db;
  actor: TActor;
  serviceId: string;
}

/**
 * Removes a service from the catalogue (its partner links go with it); the audit keeps the record.
 * Requests and deliveries reference services without cascading, so a service in use is refused with
 * a 409 — unpublish it instead.
 */
export async function deleteService(opts: DeleteServiceOptions): Promise<void> {
  try {
    await opts.db.transaction(async (tx) => {
      const [before] = await tx
        .select(SERVICE_COLUMNS)
        .from(services)
        .where(eq(services.id, opts.serviceId))
        .for('update');
      if (!before) throw notFound('Service');
      await tx.delete(services).where(eq(services.id, opts.serviceId));
      await writeAudit(tx, opts.actor, {
        action: 'service.delete',
        entityType: 'service',
        entityId: opts.serviceId,
        before,
      });
    });
  } catch (err) {
    // A row still refers to the service: PostgreSQL reports foreign_key_violation, PGlite restrict_violation.
    if (['23503', '23001'].includes(pgErrorOf(err).code ?? '')) {
      throw new AppError('conflict', 'The service has requests or deliveries; unpublish it instead of deleting it');
    }
    throw err;
  }
}
