import { inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationFigures, organisations } from '../../../platform/db/schema';
import { rowsOf } from '../../../platform/db/sql-helpers';

export interface TComponentLink {
  id: string;
  ownerId: string;
  ownedId: string;
  capitalShare: number;
  votingShare: number;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
}

export interface TComponentOrganisation {
  id: string;
  name: string;
  type: string;
  figures: { year: number; staff: number; turnover: number; balanceSheet: number }[];
}

/** One link from a raw `ownership_links` row (active and pending links read the same columns). */
function linkOfRow(r: Record<string, unknown>): TComponentLink {
  return {
    id: String(r.id),
    ownerId: String(r.owner_id),
    ownedId: String(r.owned_id),
    capitalShare: Number(r.capital_share),
    votingShare: Number(r.voting_share),
    boardControl: Boolean(r.board_control),
    dominantInfluence: Boolean(r.dominant_influence),
    votingAgreement: Boolean(r.voting_agreement),
  };
}

/**
 * Every active ownership link reachable from the given organisations, in either direction. Pending links (waiting for
 * the other side's consent) are left out: they shape no SME category, no single undertaking and no aid ceiling.
 */
export async function loadOwnershipLinks(executor: Executor, startIds: string[]): Promise<TComponentLink[]> {
  const ids = sql.join(
    startIds.map((id) => sql`(${id}::uuid)`),
    sql`, `,
  );
  const result = await executor.execute(sql`
    with recursive comp(id) as (
      select id from (values ${ids}) as s(id)
      union
      select case when l.owner_id = comp.id then l.owned_id else l.owner_id end
      from ownership_links l join comp on (l.owner_id = comp.id or l.owned_id = comp.id) and l.status = 'active'
    )
    select l.id, l.owner_id, l.owned_id, l.capital_share, l.voting_share, l.board_control,
           l.dominant_influence, l.voting_agreement
    from ownership_links l
    where l.status = 'active' and (l.owner_id in (select id from comp) or l.owned_id in (select id from comp))`);
  return rowsOf(result).map(linkOfRow);
}

/** The organisations of an ownership component with their yearly figures. */
export async function loadComponentOrganisations(executor: Executor, ids: string[]): Promise<TComponentOrganisation[]> {
  if (!ids.length) return [];
  const orgs = await executor
    .select({ id: organisations.id, name: organisations.legalNameBg, type: organisations.type })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  const figures = await executor
    .select()
    .from(organisationFigures)
    .where(inArray(organisationFigures.organisationId, ids));
  return orgs.map((o) => ({
    ...o,
    figures: figures
      .filter((f) => f.organisationId === o.id)
      .map((f) => ({ year: f.year, staff: f.staff, turnover: f.turnover, balanceSheet: f.balanceSheet }))
      .sort((a, b) => a.year - b.year),
  }));
}
