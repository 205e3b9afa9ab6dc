import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockGroupOf, type TGroupLock } from '../repo';
import { refreshStoredSme } from './refresh-sme';

export interface DeleteOrganisationOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
}

/**
 * Removes an organisation with its figures, contacts, links and memberships; the audit keeps the record. The rest of
 * its ownership group loses a partner or linked enterprise, so their stored SME category is recomputed.
 */
export async function deleteOrganisation(opts: DeleteOrganisationOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const lock = await lockGroupOf(tx, opts.organisationId);
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, opts.organisationId));
    if (!before) throw notFound('Organisation');
    await tx.delete(organisations).where(eq(organisations.id, opts.organisationId));
    await refreshStoredSme(tx, othersOf(lock, opts.organisationId), lock);
    await writeAudit(tx, opts.actor, {
      action: 'organisation.delete',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
    });
  });
}

/** The other organisations of a deleted organisation's locked group. */
export function othersOf(lock: TGroupLock, deletedId: string): string[] {
  return [...lock.found].filter((id) => id !== deletedId);
}
