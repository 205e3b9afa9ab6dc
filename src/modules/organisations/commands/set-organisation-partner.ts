import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';

export interface SetOrganisationPartnerOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  isPartner: boolean;
  now: Date;
}

/** Marks or unmarks an organisation as a consortium partner (admin). */
export async function setOrganisationPartner(opts: SetOrganisationPartnerOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ isPartner: organisations.isPartner })
      .from(organisations)
      .where(eq(organisations.id, opts.organisationId))
      .for('update');
    if (!before) throw notFound('Organisation');
    await tx
      .update(organisations)
      .set({ isPartner: opts.isPartner, updatedAt: opts.now })
      .where(eq(organisations.id, opts.organisationId));
    await writeAudit(tx, opts.actor, {
      action: 'organisation.set_partner',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
      after: { isPartner: opts.isPartner },
    });
  });
}
