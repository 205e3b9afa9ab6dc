import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client';
import { organisationSme } from '../../../platform/db/schema';
import { computeSingleUndertaking, computeSmeCategory, SME_RULES_VERSION } from '../../../domain/sme';
import type { TOrganisationType } from '../../../contract/common';
import type { TOrganisationDetail } from '../../../contract/organisations';
import {
  loadComponentOrganisations,
  loadOwnershipLinks,
  type TComponentLink,
  type TComponentOrganisation,
} from '../queries/load-ownership-component';
import { groupIds, lockOrganisations, type TGroupLock } from '../repo';

/** How often a group may be found grown (by a link committed just before it was locked) before the command gives up. */
const MAX_LOCK_ROUNDS = 5;

type TStoredSme = typeof organisationSme.$inferInsert;

/**
 * The stored SME category and single undertaking of each organisation given, computed from the organisations and
 * active links of their ownership groups (links and organisations of other groups may be given too: the rules only
 * follow links from the enterprise they assess).
 */
export function computeGroupSme(orgs: readonly TComponentOrganisation[], links: TComponentLink[]): TStoredSme[] {
  const enterprises = orgs.map((o) => ({ id: o.id, type: o.type as TOrganisationType, figures: o.figures }));
  return orgs.map((o) => {
    const sme = computeSmeCategory({ enterpriseId: o.id, enterprises, links });
    const assessment: TOrganisationDetail['sme'] = {
      category: sme.category,
      isSme: sme.isSme,
      status: sme.status,
      publicBodyExcluded: sme.publicBodyExcluded,
      publicBodyShare: sme.publicBodyShare,
      aggregated: sme.aggregated,
      restsOnYears: sme.restsOnYears,
      perYear: sme.perYear,
      reasons: sme.reasons,
      partners: sme.partners,
      linked: sme.linked,
    };
    return {
      organisationId: o.id,
      rulesVersion: SME_RULES_VERSION,
      assessment,
      singleUndertaking: computeSingleUndertaking(o.id, links),
    };
  });
}

/** Writes stored SME rows (one statement for the whole group), replacing what was there. */
export async function storeSme(tx: Tx, rows: readonly TStoredSme[]): Promise<void> {
  if (!rows.length) return;
  await tx
    .insert(organisationSme)
    .values([...rows])
    .onConflictDoUpdate({
      target: organisationSme.organisationId,
      set: {
        rulesVersion: sql`excluded.rules_version`,
        assessment: sql`excluded.assessment`,
        singleUndertaking: sql`excluded.single_undertaking`,
        computedAt: sql`now()`,
      },
    });
}

/**
 * Recomputes and stores the SME category and single undertaking of every organisation in the ownership groups of
 * `startIds`, in the caller's transaction and after its change. The caller locked those groups (lockOwnershipGroups)
 * before changing anything; the links are read again here, so a link change sees the group as it now is: give both
 * ends of a changed link, and the groups found from them cover the old group and the new ones (a removed link that
 * split a group leaves one piece at each end, an added link merges the two groups it joins). Organisations that no
 * longer exist are skipped; newcomers (a group grown by a link committed just before the lock) are locked first.
 * Returns how many organisations it stored.
 */
export async function refreshStoredSme(tx: Tx, startIds: readonly string[], lock: TGroupLock): Promise<number> {
  if (!startIds.length) return 0;
  for (let round = 0; round < MAX_LOCK_ROUNDS; round++) {
    const links = await loadOwnershipLinks(tx, [...startIds]);
    const ids = groupIds(startIds, links);
    if (ids.every((id) => lock.held.has(id))) {
      const rows = computeGroupSme(await loadComponentOrganisations(tx, ids), links);
      await storeSme(tx, rows);
      return rows.length;
    }
    await lockOrganisations(tx, ids, lock);
  }
  throw new Error(`The ownership group of ${startIds.join(', ')} kept changing while it was being locked`);
}
