import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';

export interface DeleteOrganisationOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
}

/** Removes an organisation with its figures, contacts, links and memberships; the audit keeps the record. */
export async function deleteOrganisation(opts: DeleteOrganisationOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.id, opts.organisationId))
      .for('update');
    if (!before) throw notFound('Organisation');
    await tx.delete(organisations).where(eq(organisations.id, opts.organisationId));
    await writeAudit(tx, opts.actor, {
      action: 'organisation.delete',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
    });
  });
}
