import type { Db } from '../../../platform/db/client';
import { resources } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import type { TResourceInput } from '../../../contract/facilities';
import {
  checkResourceFields,
  checkResourceReferences,
  guardDuplicateResourceSlug,
  resourceColumns,
} from '../resource-fields';

export interface CreateResourceOptions {
  db: Db;
  actor: TActor;
  input: TResourceInput;
  now: Date;
}

/** Adds a bookable resource (without opening rules: those are drawn next). */
export async function createResource(opts: CreateResourceOptions): Promise<string> {
  checkResourceFields(opts.input);
  const values = resourceColumns(opts.input);
  return guardDuplicateResourceSlug(values.slug, () =>
    opts.db.transaction(async (tx) => {
      await checkResourceReferences(tx, values);
      const [row] = await tx
        .insert(resources)
        .values({ ...values, createdAt: opts.now, updatedAt: opts.now })
        .returning({ id: resources.id });
      await writeAudit(tx, opts.actor, {
        action: 'resource.create',
        entityType: 'resource',
        entityId: row.id,
        after: values,
      });
      return row.id;
    }),
  );
}
