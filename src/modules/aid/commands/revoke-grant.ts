import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client';
import { aidGrants } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockSingleUndertaking } from '../repo';

export interface TRevokeGrantOptions {
  /** The request whose right to aid lapsed (it ended without delivery). */
  requestId: string;
  reason: string;
  actor: TActor | null;
  now: Date;
}

/**
 * Revokes the aid granted at a request's acceptance, inside the caller's transaction (the cancellation's), when the
 * request ends without delivery. The grant stays in the ledger with the time, the person and the reason, but no
 * longer counts against the ceiling and is left out of the register file. The single undertaking is locked first, as
 * for every change of its aid, so a concurrent acceptance for the group sees the grant either counted or revoked,
 * never half way. A request without a grant (or one already revoked) is left as it is. Returns the revoked grant's
 * amount and basis, or null when there was none to revoke.
 */
export async function revokeRequestGrant(
  tx: Tx,
  opts: TRevokeGrantOptions,
): Promise<{ amountCents: number; basis: string } | null> {
  const [found] = await tx
    .select({ organisationId: aidGrants.organisationId })
    .from(aidGrants)
    .where(and(eq(aidGrants.requestId, opts.requestId), isNull(aidGrants.revokedAt)));
  if (!found) return null;
  await lockSingleUndertaking(tx, found.organisationId);
  const [revoked] = await tx
    .update(aidGrants)
    .set({ revokedAt: opts.now, revokedBy: opts.actor?.userId ?? null, revokeReason: opts.reason })
    .where(and(eq(aidGrants.requestId, opts.requestId), isNull(aidGrants.revokedAt)))
    .returning();
  if (!revoked) return null;
  await writeAudit(tx, opts.actor, {
    action: 'aid.revoke',
    entityType: 'aid_grant',
    entityId: revoked.id,
    before: {
      revokedAt: null,
      amountCents: Number(revoked.amountCents),
      basis: revoked.basis,
      grantDate: revoked.grantDate,
    },
    after: { revokedAt: opts.now.toISOString(), revokeReason: opts.reason, requestId: opts.requestId },
  });
  return { amountCents: Number(revoked.amountCents), basis: revoked.basis };
}
