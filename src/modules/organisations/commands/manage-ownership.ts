import { and, eq, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/client';
import { ownershipLinks } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { AppError, fieldError, forbidden, notFound } from '../../../platform/errors';
import { validateOwnershipLink, type TOwnershipLinkValidation } from '../../../domain/sme';
import { writeAudit } from '../../../platform/audit/write-audit';
import { organisationPolicy, pendingLinkRequester } from '../policy';
import { loadOwnershipLinks } from '../queries/load-ownership-component';
import { lockOwnershipGroups, type TGroupLock } from '../repo';
import { refreshStoredSme } from './refresh-sme';

export interface TOwnershipInput {
  ownerId: string;
  ownedId: string;
  capitalShare: number;
  votingShare: number;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
}

/** Ownership edits are rare and must see each other (cycles, totals): one at a time, hub-wide. */
const OWNERSHIP_LOCK = sql`select pg_advisory_xact_lock(7240011)`;

function refuseInvalid(verdict: TOwnershipLinkValidation): void {
  if (!verdict.ok)
    throw new AppError('validation_failed', verdict.message, {
      fields: [{ field: verdict.field, code: verdict.code, message: verdict.message }],
    });
}

/**
 * Locks the ownership groups of both ends (in id order, as every command that changes an SME input does), so the
 * stored SME category of the old and the new groups can be recomputed after the change; refuses an unknown end.
 */
async function lockBothSides(tx: Tx, link: { ownerId: string; ownedId: string }): Promise<TGroupLock> {
  const lock = await lockOwnershipGroups(tx, [link.ownerId, link.ownedId]);
  if (!lock.found.has(link.ownerId))
    throw fieldError('ownerId', 'The owner is not a registered organisation', 'unknown');
  if (!lock.found.has(link.ownedId)) throw fieldError('ownedId', 'The owned organisation is not registered', 'unknown');
  return lock;
}

const endsOf = (link: { ownerId: string; ownedId: string }) => [link.ownerId, link.ownedId];

const linkValues = (l: TOwnershipInput) => ({
  capitalShare: l.capitalShare,
  votingShare: l.votingShare,
  boardControl: l.boardControl,
  dominantInfluence: l.dominantInfluence,
  votingAgreement: l.votingAgreement,
});

/**
 * Adds or replaces the link between two organisations, refusing self-links, totals over 100 % and control cycles.
 * It takes effect at once only when the caller may manage the ownership of both sides (staff, or an owner of both);
 * otherwise it becomes a pending proposal that the other side confirms or declines, and that counts nowhere until then.
 * A proposal is checked against the other side's links only on confirmation, so its refusal reveals nothing of them.
 */
export async function setOwnershipLink(opts: {
  db: Db;
  actor: TActor;
  organisationId: string;
  link: TOwnershipInput;
}): Promise<'active' | 'pending'> {
  const { link } = opts;
  if (link.ownerId !== opts.organisationId && link.ownedId !== opts.organisationId) {
    throw fieldError('ownerId', 'One side of the link must be this organisation', 'unrelated');
  }
  const otherId = link.ownerId === opts.organisationId ? link.ownedId : link.ownerId;
  const direct = organisationPolicy.manageOwnership(opts.actor, { organisationId: otherId });
  return opts.db.transaction(async (tx) => {
    await tx.execute(OWNERSHIP_LOCK);
    const lock = await lockBothSides(tx, link);
    const pair = and(eq(ownershipLinks.ownerId, link.ownerId), eq(ownershipLinks.ownedId, link.ownedId));
    if (!direct) {
      refuseInvalid(validateOwnershipLink(link, []));
      const requestedSide = link.ownerId === opts.organisationId ? 'owner' : 'owned';
      const [row] = await tx
        .insert(ownershipLinks)
        .values({ ...link, status: 'pending', requestedBy: opts.actor.userId, requestedSide })
        .onConflictDoUpdate({
          target: [ownershipLinks.ownerId, ownershipLinks.ownedId, ownershipLinks.status],
          set: { ...linkValues(link), requestedBy: opts.actor.userId, requestedSide, createdAt: sql`now()` },
        })
        .returning({ id: ownershipLinks.id });
      await writeAudit(tx, opts.actor, {
        action: 'ownership.request',
        entityType: 'organisation',
        entityId: opts.organisationId,
        after: { id: row.id, ...link, status: 'pending', requestedSide },
      });
      return 'pending';
    }
    const existing = await loadOwnershipLinks(tx, [link.ownerId, link.ownedId]);
    refuseInvalid(validateOwnershipLink(link, existing));
    const before = existing.find((l) => l.ownerId === link.ownerId && l.ownedId === link.ownedId) ?? null;
    await tx
      .insert(ownershipLinks)
      .values({ ...link, status: 'active' })
      .onConflictDoUpdate({
        target: [ownershipLinks.ownerId, ownershipLinks.ownedId, ownershipLinks.status],
        set: linkValues(link),
      });
    // A direct link settles the pair: a proposal still waiting for it is superseded.
    await tx.delete(ownershipLinks).where(and(pair, eq(ownershipLinks.status, 'pending')));
    await writeAudit(tx, opts.actor, {
      action: 'ownership.set',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
      after: link,
    });
    await refreshStoredSme(tx, endsOf(link), lock);
    return 'active';
  });
}

/**
 * Removes an active ownership link that touches this organisation (pending ones are declined or withdrawn), and
 * recomputes the stored SME category of both ends' groups (the removal may have split one group in two).
 */
export async function deleteOwnershipLink(opts: {
  db: Db;
  actor: TActor;
  organisationId: string;
  linkId: string;
}): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await tx.execute(OWNERSHIP_LOCK);
    const ofThisOrganisation = and(
      eq(ownershipLinks.id, opts.linkId),
      eq(ownershipLinks.status, 'active'),
      or(eq(ownershipLinks.ownerId, opts.organisationId), eq(ownershipLinks.ownedId, opts.organisationId)),
    );
    const [found] = await tx
      .select({ ownerId: ownershipLinks.ownerId, ownedId: ownershipLinks.ownedId })
      .from(ownershipLinks)
      .where(ofThisOrganisation);
    if (!found) throw notFound('Ownership link');
    const lock = await lockOwnershipGroups(tx, endsOf(found));
    const [before] = await tx.delete(ownershipLinks).where(ofThisOrganisation).returning();
    if (!before) throw notFound('Ownership link');
    await writeAudit(tx, opts.actor, {
      action: 'ownership.delete',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
    });
    await refreshStoredSme(tx, endsOf(found), lock);
  });
}

export type TPendingStep = 'confirm' | 'decline' | 'withdraw';

/**
 * Settles a pending link from the organisation's side: the side that did not ask confirms or declines, the side that
 * asked withdraws; staff may take any step. Confirming re-checks the link against the links in force now, locks both
 * organisations (so an aid acceptance for either group waits for it) and replaces an active link of the same pair.
 */
export async function settlePendingLink(opts: {
  db: Db;
  actor: TActor;
  organisationId: string;
  linkId: string;
  step: TPendingStep;
}): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await tx.execute(OWNERSHIP_LOCK);
    const [pending] = await tx
      .select()
      .from(ownershipLinks)
      .where(
        and(
          eq(ownershipLinks.id, opts.linkId),
          eq(ownershipLinks.status, 'pending'),
          or(eq(ownershipLinks.ownerId, opts.organisationId), eq(ownershipLinks.ownedId, opts.organisationId)),
        ),
      );
    if (!pending) throw notFound('Pending ownership link');
    if (
      !organisationPolicy.settlePendingLink(opts.actor, {
        organisationId: opts.organisationId,
        requesterId: pendingLinkRequester(pending),
        step: opts.step,
      })
    ) {
      throw forbidden(
        opts.step === 'withdraw'
          ? 'Only the organisation that asked may withdraw this link'
          : 'Only the other organisation may answer this link',
      );
    }
    const link: TOwnershipInput = {
      ownerId: pending.ownerId,
      ownedId: pending.ownedId,
      ...linkValues(pending),
    };
    const audit = { entityType: 'organisation', entityId: opts.organisationId };
    if (opts.step !== 'confirm') {
      await tx.delete(ownershipLinks).where(eq(ownershipLinks.id, pending.id));
      await writeAudit(tx, opts.actor, {
        ...audit,
        action: `ownership.${opts.step}`,
        before: { id: pending.id, ...link, status: 'pending' },
      });
      return;
    }
    const lock = await lockBothSides(tx, link);
    const existing = await loadOwnershipLinks(tx, [link.ownerId, link.ownedId]);
    refuseInvalid(validateOwnershipLink(link, existing));
    const before = existing.find((l) => l.ownerId === link.ownerId && l.ownedId === link.ownedId) ?? null;
    if (before) await tx.delete(ownershipLinks).where(eq(ownershipLinks.id, before.id));
    await tx.update(ownershipLinks).set({ status: 'active' }).where(eq(ownershipLinks.id, pending.id));
    await writeAudit(tx, opts.actor, {
      ...audit,
      action: 'ownership.confirm',
      before,
      after: { id: pending.id, ...link, status: 'active' },
    });
    await refreshStoredSme(tx, endsOf(link), lock);
  });
}
