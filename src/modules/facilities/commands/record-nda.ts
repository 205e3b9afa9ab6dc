import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisationNdas, organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { fieldError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';

export interface RecordNdaOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  ownerId: string;
  signedOn: string;
  now: Date;
}

/** Records (or re-dates) the NDA an organisation signed with a resource owner. */
export async function recordNda(opts: RecordNdaOptions): Promise<void> {
  if (opts.ownerId === opts.organisationId)
    throw fieldError('ownerId', 'An organisation signs no NDA with itself', 'same');
  await opts.db.transaction(async (tx) => {
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, opts.organisationId));
    if (!org) throw notFound('Organisation');
    const [owner] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.id, opts.ownerId));
    if (!owner) throw fieldError('ownerId', 'No such organisation', 'unknown');
    const values = {
      organisationId: org.id,
      ownerId: owner.id,
      signedOn: opts.signedOn,
      recordedBy: opts.actor.userId,
    };
    await tx
      .insert(organisationNdas)
      .values(values)
      .onConflictDoUpdate({
        target: [organisationNdas.organisationId, organisationNdas.ownerId],
        set: { signedOn: opts.signedOn, recordedBy: opts.actor.userId, recordedAt: opts.now },
      });
    await writeAudit(tx, opts.actor, {
      action: 'organisation.nda.record',
      entityType: 'organisation',
      entityId: org.id,
      after: values,
    });
  });
}
