import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { availabilityExceptions, resources } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { fieldError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TExceptionInput } from '../../../contract/facilities';

export interface AddExceptionOptions {
  db: Db;
  actor: TActor;
  resourceId: string;
  input: TExceptionInput;
}

/** Adds a closure (holiday, maintenance) or an extra opening; existing bookings stay (staff cancel them by hand). */
export async function addException(opts: AddExceptionOptions): Promise<string> {
  const startsAt = new Date(opts.input.startsAt);
  const endsAt = new Date(opts.input.endsAt);
  if (endsAt <= startsAt) throw fieldError('endsAt', 'The end must be after the start', 'before_start');
  return opts.db.transaction(async (tx) => {
    const [resource] = await tx.select({ id: resources.id }).from(resources).where(eq(resources.id, opts.resourceId));
    if (!resource) throw notFound('Resource');
    const values = {
      resourceId: resource.id,
      kind: opts.input.kind,
      startsAt,
      endsAt,
      reason: opts.input.reason ?? null,
    };
    const [row] = await tx.insert(availabilityExceptions).values(values).returning({ id: availabilityExceptions.id });
    await writeAudit(tx, opts.actor, {
      action: 'resource.exception.add',
      entityType: 'resource',
      entityId: resource.id,
      after: { id: row.id, ...values },
    });
    return row.id;
  });
}
