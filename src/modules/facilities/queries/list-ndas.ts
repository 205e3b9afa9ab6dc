import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationNdas, organisations } from '../../../platform/db/schema';

/** The NDAs an organisation has signed with resource owners. */
export async function listNdas(db: Executor, organisationId: string) {
  const rows = await db
    .select({
      ownerId: organisationNdas.ownerId,
      name: organisations.legalNameBg,
      signedOn: organisationNdas.signedOn,
      recordedAt: organisationNdas.recordedAt,
    })
    .from(organisationNdas)
    .innerJoin(organisations, eq(organisations.id, organisationNdas.ownerId))
    .where(eq(organisationNdas.organisationId, organisationId))
    .orderBy(asc(organisations.legalNameBg));
  return rows.map((r) => ({
    organisationId,
    owner: { id: r.ownerId, name: r.name },
    signedOn: r.signedOn,
    recordedAt: r.recordedAt.toISOString(),
  }));
}
