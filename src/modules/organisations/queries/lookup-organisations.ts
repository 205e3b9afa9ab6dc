import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationMembers, organisations, organisationSearchName } from '../../../platform/db/schema';
import { containsPattern } from '../../../platform/db/sql-helpers';
import type { TLookupItem } from '../../../contract/organisations';

/**
 * Up to 20 organisations by name (either language, through the registry's search expression and its trigram index)
 * or EIK prefix, by name: the whole registry, or only those `memberUserId` belongs to.
 */
export async function lookupOrganisations(
  db: Executor,
  q: string,
  memberUserId: string | undefined,
): Promise<TLookupItem[]> {
  // EIK prefixes only from 3 digits up: a query without digits would otherwise match every EIK.
  const digits = q.replace(/\D/g, '');
  const byName = sql`${organisationSearchName} like lower(${containsPattern(q)})`;
  const match = digits.length >= 3 ? or(byName, sql`${organisations.eik} like ${digits + '%'}`) : byName;
  const base = db
    .select({ id: organisations.id, legalNameBg: organisations.legalNameBg, eik: organisations.eik })
    .from(organisations);
  if (memberUserId === undefined) return base.where(match).orderBy(asc(organisations.legalNameBg)).limit(20);
  return base
    .innerJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
    .where(and(match, eq(organisationMembers.userId, memberUserId)))
    .orderBy(asc(organisations.legalNameBg))
    .limit(20);
}
