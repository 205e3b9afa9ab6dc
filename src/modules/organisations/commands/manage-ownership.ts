import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { ownershipLinks } from '../../../db/schema';
import type { TActor } from '../../../http/actor';
import { AppError, fieldError, notFound } from '../../../errors';
import { validateOwnershipLink } from '../../../domain/sme-category';
import { writeAudit } from '../../audit/write-audit';
import { loadOwnershipLinks } from '../queries/load-ownership-component';
import { lockOrganisation } from './lock-organisation';

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

/** Adds or replaces the link between two organisations, refusing self-links, totals over 100 % and control cycles. */
export async function setOwnershipLink(opts: { db: Db; actor: TActor; organisationId: string; link: TOwnershipInput }): Promise<void> {
  const { link } = opts;
  if (link.ownerId !== opts.organisationId && link.ownedId !== opts.organisationId) {
    throw fieldError('ownerId', 'One side of the link must be this organisation', 'unrelated');
  }
  await opts.db.transaction(async (tx) => {
    await tx.execute(OWNERSHIP_LOCK);
    await lockOrganisation(tx, link.ownerId).catch(() => {
      throw fieldError('ownerId', 'The owner is not a registered organisation', 'unknown');
    });
    await lockOrganisation(tx, link.ownedId).catch(() => {
      throw fieldError('ownedId', 'The owned organisation is not registered', 'unknown');
    });
    const existing = await loadOwnershipLinks(tx, [link.ownerId, link.ownedId]);
    const verdict = validateOwnershipLink(link, existing);
    if (!verdict.ok)
      throw new AppError('validation_failed', verdict.message, {
        fields: [{ field: verdict.field, code: verdict.code, message: verdict.message }],
      });
    const before = existing.find((l) => l.ownerId === link.ownerId && l.ownedId === link.ownedId) ?? null;
    await tx
      .insert(ownershipLinks)
      .values(link)
      .onConflictDoUpdate({
        target: [ownershipLinks.ownerId, ownershipLinks.ownedId],
        set: {
          capitalShare: link.capitalShare,
          votingShare: link.votingShare,
          boardControl: link.boardControl,
          dominantInfluence: link.dominantInfluence,
          votingAgreement: link.votingAgreement,
        },
      });
    await writeAudit(tx, opts.actor, {
      action: 'ownership.set',
      entityType: 'organisation',
      entityId: opts.organisationId,
      before,
      after: link,
    });
  });
}

/** Removes an ownership link that touches this organisation. */
export async function deleteOwnershipLink(opts: { db: Db; actor: TActor; organisationId: string; linkId: string }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await tx.execute(OWNERSHIP_LOCK);
    const [before] = await tx
      .delete(ownershipLinks)
      .where(
        and(
          eq(ownershipLinks.id, opts.linkId),
          or(eq(ownershipLinks.ownerId, opts.organisationId), eq(ownershipLinks.ownedId, opts.organisationId)),
        ),
      )
      .returning();
    if (!before) throw notFound('Ownership link');
    await writeAudit(tx, opts.actor, { action: 'ownership.delete', entityType: 'organisation', entityId: opts.organisationId, before });
  });
}
