import { count, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { organisationClaims, organisationMembers, organisations, user } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, notFound } from '../../../platform/errors';
import { writeAudit } from '../../../platform/audit/write-audit';
import { enqueueRegisteredMail } from './register-organisation';
import { lockOwnershipGroups } from '../repo';
import { othersOf } from './delete-organisation';
import { refreshStoredSme } from './refresh-sme';

/**
 * Staff settle a pending EIK claim. Confirming makes the claimant the organisation's owner (and mails them the usual
 * registration e-mail); rejecting records the reason and removes the organisation if nobody was added to it, so the
 * EIK is free for its rightful owner. Both are audited on the organisation.
 */
export async function decideClaim(opts: {
  db: Db;
  actor: TActor;
  claimId: string;
  decision: 'confirm' | 'reject';
  reason?: string | null;
  now: Date;
  publicUrl: string;
}): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const [claim] = await tx
      .select()
      .from(organisationClaims)
      .where(eq(organisationClaims.id, opts.claimId))
      .for('update');
    if (!claim) throw notFound('Claim');
    if (claim.status !== 'pending') throw new AppError('conflict', `The claim is already ${claim.status}`);
    const decided = { decidedBy: opts.actor.userId, decidedAt: opts.now, reason: opts.reason ?? null };
    const entity = { entityType: 'organisation', entityId: claim.organisationId ?? claim.id };
    if (opts.decision === 'reject') {
      await tx
        .update(organisationClaims)
        .set({ ...decided, status: 'rejected' })
        .where(eq(organisationClaims.id, claim.id));
      if (claim.organisationId) {
        const [{ members }] = await tx
          .select({ members: count() })
          .from(organisationMembers)
          .where(eq(organisationMembers.organisationId, claim.organisationId));
        if (members === 0) {
          // Links staff may have recorded go with it: the rest of its group is recomputed.
          const lock = await lockOwnershipGroups(tx, [claim.organisationId]);
          await tx.delete(organisations).where(eq(organisations.id, claim.organisationId));
          await refreshStoredSme(tx, othersOf(lock, claim.organisationId), lock);
        }
      }
      await writeAudit(tx, opts.actor, {
        ...entity,
        action: 'organisation.claim_reject',
        before: { claimId: claim.id, status: 'pending' },
        after: { status: 'rejected', reason: decided.reason },
      });
      return;
    }
    if (!claim.organisationId) throw new AppError('conflict', 'The organisation of this claim no longer exists');
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, claim.organisationId)).for('update');
    if (!org) throw new AppError('conflict', 'The organisation of this claim no longer exists');
    await tx
      .insert(organisationMembers)
      .values({ organisationId: org.id, userId: claim.userId, role: 'owner' })
      .onConflictDoUpdate({
        target: [organisationMembers.organisationId, organisationMembers.userId],
        set: { role: 'owner' },
      });
    await tx
      .update(organisationClaims)
      .set({ ...decided, status: 'confirmed' })
      .where(eq(organisationClaims.id, claim.id));
    await writeAudit(tx, opts.actor, {
      ...entity,
      action: 'organisation.claim_confirm',
      before: { claimId: claim.id, status: 'pending' },
      after: { status: 'confirmed', ownerId: claim.userId },
    });
    const [claimant] = await tx.select().from(user).where(eq(user.id, claim.userId));
    if (claimant) await enqueueRegisteredMail(tx, claimant, org, opts.publicUrl);
  });
}
