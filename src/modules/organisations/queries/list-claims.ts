import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationClaims, user } from '../../../platform/db/schema';
import type { TClaim, TClaimStatus } from '../../../contract/organisations';

async function loadClaims(db: Executor, where: SQL | undefined): Promise<TClaim[]> {
  const rows = await db
    .select({ claim: organisationClaims, claimantName: user.name, claimantEmail: user.email })
    .from(organisationClaims)
    .innerJoin(user, eq(user.id, organisationClaims.userId))
    .where(where)
    .orderBy(desc(organisationClaims.createdAt), desc(organisationClaims.id))
    .limit(200);
  return rows.map(({ claim: c, claimantName, claimantEmail }) => ({
    id: c.id,
    organisationId: c.organisationId,
    eik: c.eik,
    legalNameBg: c.legalNameBg,
    status: c.status as TClaim['status'],
    claimantName,
    claimantEmail,
    createdAt: c.createdAt.toISOString(),
    decidedAt: c.decidedAt?.toISOString() ?? null,
    reason: c.reason,
  }));
}

/** EIK claims, newest first (at most 200): optionally of one status, optionally only one claimant's. */
export async function listClaims(
  db: Executor,
  opts: { status?: TClaimStatus; claimantUserId?: string },
): Promise<TClaim[]> {
  const filters: SQL[] = [];
  if (opts.status) filters.push(eq(organisationClaims.status, opts.status));
  if (opts.claimantUserId) filters.push(eq(organisationClaims.userId, opts.claimantUserId));
  return loadClaims(db, filters.length ? and(...filters) : undefined);
}

/** One claim as the API shows it. */
export async function findClaim(db: Executor, id: string): Promise<TClaim> {
  const [claim] = await loadClaims(db, eq(organisationClaims.id, id));
  return claim!;
}
