import { eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../platform/db/client';
import { organisationSme, organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { isControlLink, SME_RULES_VERSION } from '../../../domain/sme';
import type { TOrganisationDetail } from '../../../contract/organisations';
import { presentOrganisationSummary } from '../presenter';
import { organisationAbilities, organisationPolicy, pendingLinkRequester } from '../policy';
import { lockOwnershipGroups } from '../repo';
import { refreshStoredSme } from '../commands/refresh-sme';
import type { TComponentLink } from './load-ownership-component';

function relationOf(link: TComponentLink): 'partner' | 'linked' | 'none' {
  if (isControlLink(link)) return 'linked';
  return Math.max(link.capitalShare, link.votingShare) >= 25 ? 'partner' : 'none';
}

/** Loads the organisation row or throws 404. */
export async function findOrganisationRow(executor: Executor, id: string) {
  const [row] = await executor.select().from(organisations).where(eq(organisations.id, id));
  if (!row) throw notFound('Organisation');
  return row;
}

/** A link of the organisation (active or pending) as the page query returns it, both names included. */
interface TPageLink extends TComponentLink {
  status: 'active' | 'pending';
  requestedSide: string | null;
  createdAt: string;
  ownerName: string;
  ownedName: string;
}

interface TPageFigures {
  year: number;
  staff: number;
  turnover: number;
  balanceSheet: number;
}

interface TPageContact {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  consent: boolean;
  consentAt: string | null;
}

interface TPageMember {
  userId: string;
  name: string;
  email: string;
  role: 'owner' | 'member';
}

/** PGlite and node-postgres both parse `json` results; a string is parsed here should a driver not. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const isoOf = (value: string) => new Date(value).toISOString();

/**
 * Everything the organisation page shows, in one statement: the row, its stored SME category and single undertaking
 * (with the members' names as they are now), its figures, contacts, members and the links that touch it. The SME
 * category is not computed here: the commands that change its inputs store it (commands/refresh-sme.ts).
 */
async function loadOrganisationPage(executor: Executor, id: string) {
  const orgId = organisations.id;
  const [row] = await executor
    .select({
      org: organisations,
      rulesVersion: organisationSme.rulesVersion,
      sme: organisationSme.assessment,
      undertaking: sql<unknown>`(
        select json_agg(json_build_object('id', x.id, 'name', coalesce(u.legal_name_bg, '')) order by x.n)
        from unnest(${organisationSme.singleUndertaking}) with ordinality as x(id, n)
        left join organisations u on u.id = x.id)`,
      figures: sql<unknown>`(
        select json_agg(json_build_object('year', f.year, 'staff', f.staff, 'turnover', f.turnover,
                                          'balanceSheet', f.balance_sheet) order by f.year)
        from organisation_figures f where f.organisation_id = ${orgId})`,
      contacts: sql<unknown>`(
        select json_agg(json_build_object('id', c.id, 'name', c.name, 'role', c.role, 'email', c.email,
                                          'phone', c.phone, 'consent', c.consent, 'consentAt', c.consent_at)
                        order by c.created_at, c.id)
        from organisation_contacts c where c.organisation_id = ${orgId})`,
      members: sql<unknown>`(
        select json_agg(json_build_object('userId', m.user_id, 'name', u.name, 'email', u.email, 'role', m.role)
                        order by u.name, m.user_id)
        from organisation_members m join "user" u on u.id = m.user_id where m.organisation_id = ${orgId})`,
      links: sql<unknown>`(
        select json_agg(json_build_object('id', l.id, 'ownerId', l.owner_id, 'ownedId', l.owned_id,
                                          'capitalShare', l.capital_share, 'votingShare', l.voting_share,
                                          'boardControl', l.board_control, 'dominantInfluence', l.dominant_influence,
                                          'votingAgreement', l.voting_agreement, 'status', l.status,
                                          'requestedSide', l.requested_side, 'createdAt', l.created_at,
                                          'ownerName', lo.legal_name_bg, 'ownedName', ld.legal_name_bg)
                        order by l.created_at, l.id)
        from ownership_links l
        join organisations lo on lo.id = l.owner_id
        join organisations ld on ld.id = l.owned_id
        where l.owner_id = ${orgId} or l.owned_id = ${orgId})`,
    })
    .from(organisations)
    .leftJoin(organisationSme, eq(organisationSme.organisationId, organisations.id))
    .where(eq(organisations.id, id));
  if (!row) return null;
  return {
    org: row.org,
    stored:
      row.rulesVersion === SME_RULES_VERSION && row.sme
        ? { sme: row.sme, undertaking: json<{ id: string; name: string }[] | null>(row.undertaking) ?? [] }
        : null,
    figures: json<TPageFigures[] | null>(row.figures) ?? [],
    contacts: json<TPageContact[] | null>(row.contacts) ?? [],
    members: json<TPageMember[] | null>(row.members) ?? [],
    links: json<TPageLink[] | null>(row.links) ?? [],
  };
}

/**
 * The organisation page: its data, links, members, SME category and single undertaking — one query. An organisation
 * whose SME category was never stored (rows from before it was, or written around the commands) or was stored under
 * older rules gets it computed and stored here first, in a transaction of its own under the group's lock.
 */
export async function getOrganisation(
  executor: Executor,
  id: string,
  actor: TActor | null,
): Promise<TOrganisationDetail> {
  let page = await loadOrganisationPage(executor, id);
  if (page && !page.stored) {
    await (executor as Db).transaction(async (tx) => {
      const lock = await lockOwnershipGroups(tx, [id]);
      await refreshStoredSme(tx, [id], lock);
    });
    page = await loadOrganisationPage(executor, id);
  }
  if (!page?.stored) throw notFound('Organisation');
  const { org: row, stored } = page;

  const presentLink = (l: TPageLink) => ({
    id: l.id,
    ownerId: l.ownerId,
    ownedId: l.ownedId,
    ownerName: l.ownerName,
    ownedName: l.ownedName,
    capitalShare: l.capitalShare,
    votingShare: l.votingShare,
    boardControl: l.boardControl,
    dominantInfluence: l.dominantInfluence,
    votingAgreement: l.votingAgreement,
    relation: relationOf(l),
  });

  const presentPending = (l: TPageLink) => {
    const requesterId = pendingLinkRequester(l);
    const direction = requesterId === id ? ('outgoing' as const) : ('incoming' as const);
    const otherId = l.ownerId === id ? l.ownedId : l.ownerId;
    // The other side's name only to whom may see it, or when it asked for the link itself.
    const showOther = direction === 'incoming' || organisationPolicy.view(actor, { organisationId: otherId });
    const nameOf = (orgId: string, name: string) => (orgId === id || showOther ? name : null);
    return {
      id: l.id,
      ownerId: l.ownerId,
      ownedId: l.ownedId,
      ownerName: nameOf(l.ownerId, l.ownerName),
      ownedName: nameOf(l.ownedId, l.ownedName),
      capitalShare: l.capitalShare,
      votingShare: l.votingShare,
      boardControl: l.boardControl,
      dominantInfluence: l.dominantInfluence,
      votingAgreement: l.votingAgreement,
      status: 'pending' as const,
      direction,
      requestedAt: isoOf(l.createdAt),
      canConfirm: organisationPolicy.settlePendingLink(actor, { organisationId: id, requesterId, step: 'confirm' }),
      canWithdraw: organisationPolicy.settlePendingLink(actor, { organisationId: id, requesterId, step: 'withdraw' }),
    };
  };
  const active = page.links.filter((l) => l.status === 'active');

  return {
    ...presentOrganisationSummary(row),
    foreignRegistrationNo: row.foreignRegistrationNo,
    vat: row.vat,
    street: row.street,
    postcode: row.postcode,
    secondarySector: row.secondarySector,
    psoLevel: (row.psoLevel as TOrganisationDetail['psoLevel']) ?? null,
    pic: row.pic,
    naceCode: row.naceCode,
    website: row.website,
    foundationYear: row.foundationYear,
    nutsVersion: row.nutsVersion,
    updatedAt: row.updatedAt.toISOString(),
    figures: page.figures,
    contacts: page.contacts.map((c) => ({ ...c, consentAt: c.consentAt === null ? null : isoOf(c.consentAt) })),
    ownership: {
      owners: active.filter((l) => l.ownedId === id).map(presentLink),
      holdings: active.filter((l) => l.ownerId === id).map(presentLink),
      pending: page.links.filter((l) => l.status === 'pending').map(presentPending),
    },
    members: page.members,
    sme: stored.sme,
    singleUndertaking: stored.undertaking,
    abilities: organisationAbilities(actor, id),
  };
}
