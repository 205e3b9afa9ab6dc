import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { resources } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TResourceInput, TResourcePatch } from '../../../contract/facilities';
import {
  checkResourceFields,
  checkResourceReferences,
  guardDuplicateResourceSlug,
  resourceColumns,
} from '../resource-fields';

export interface UpdateResourceOptions {
  db: Db;
  actor: TActor;
  resourceId: string;
  patch: TResourcePatch;
  now: Date;
}

/**
 * Changes a resource; the merged result is checked as a whole. A capacity change does not touch existing bookings
 * (single-seat exclusivity is copied onto each booking row when it is made).
 */
export async function updateResource(opts: UpdateResourceOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const [before] = await tx.select().from(resources).where(eq(resources.id, opts.resourceId)).for('update');
    if (!before) throw notFound('Resource');
    const merged = { ...before, ...opts.patch } as unknown as TResourceInput;
    checkResourceFields(merged);
    await checkResourceReferences(tx, opts.patch);
    const values = resourceColumns(merged);
    await guardDuplicateResourceSlug(values.slug, () =>
      tx
        .update(resources)
        .set({ ...values, updatedAt: opts.now })
        .where(eq(resources.id, opts.resourceId)),
    );
    await writeAudit(tx, opts.actor, {
      action: 'resource.update',
      entityType: 'resource',
      entityId: before.id,
      before,
      after: opts.patch,
    });
  });
}
