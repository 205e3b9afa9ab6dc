import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { organisationContacts, organisationMembers, organisations, user } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import { computeSingleUndertaking, computeSmeCategory, isControlLink } from '../../../domain/sme';
import type { TOrganisationType } from '../../../contract/common';
import type { TOrganisationDetail } from '../../../contract/organisations';
import { presentOrganisationSummary } from '../presenter';
import { organisationAbilities, organisationPolicy, pendingLinkRequester } from '../policy';
import {
  loadComponentOrganisations,
  loadOwnershipLinks,
  loadPendingLinks,
  type TComponentLink,
  type TPendingLink,
} from './load-ownership-component';

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

/** The organisation page: its data, links, members, SME category and single undertaking. */
export async function getOrganisation(
  executor: Executor,
  id: string,
  actor: TActor | null,
): Promise<TOrganisationDetail> {
  const row = await findOrganisationRow(executor, id);
  const [contacts, members, links, pending] = await Promise.all([
    executor
      .select()
      .from(organisationContacts)
      .where(eq(organisationContacts.organisationId, id))
      .orderBy(asc(organisationContacts.createdAt)),
    executor
      .select({
        userId: organisationMembers.userId,
        name: user.name,
        email: user.email,
        role: organisationMembers.role,
      })
      .from(organisationMembers)
      .innerJoin(user, eq(user.id, organisationMembers.userId))
      .where(eq(organisationMembers.organisationId, id))
      .orderBy(asc(user.name)),
    loadOwnershipLinks(executor, [id]),
    loadPendingLinks(executor, id),
  ]);
  const componentIds = [...new Set([id, ...links.flatMap((l) => [l.ownerId, l.ownedId])])];
  const component = await loadComponentOrganisations(executor, componentIds);
  const names = new Map(component.map((o) => [o.id, o.name]));
  const self = component.find((o) => o.id === id)!;

  const sme = computeSmeCategory({
    enterpriseId: id,
    enterprises: component.map((o) => ({ id: o.id, type: o.type as TOrganisationType, figures: o.figures })),
    links,
  });
  const undertaking = computeSingleUndertaking(id, links);
  const presentLink = (l: TComponentLink) => ({
    ...l,
    ownerName: names.get(l.ownerId) ?? '',
    ownedName: names.get(l.ownedId) ?? '',
    relation: relationOf(l),
  });

  const presentPending = (l: TPendingLink) => {
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
      requestedAt: l.createdAt.toISOString(),
      canConfirm: organisationPolicy.settlePendingLink(actor, { organisationId: id, requesterId, step: 'confirm' }),
      canWithdraw: organisationPolicy.settlePendingLink(actor, { organisationId: id, requesterId, step: 'withdraw' }),
    };
  };

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
    figures: self.figures,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      role: c.role,
      email: c.email,
      phone: c.phone,
      consent: c.consent,
      consentAt: c.consentAt?.toISOString() ?? null,
    })),
    ownership: {
      owners: links.filter((l) => l.ownedId === id).map(presentLink),
      holdings: links.filter((l) => l.ownerId === id).map(presentLink),
      pending: pending.map(presentPending),
    },
    members: members.map((m) => ({ ...m, role: m.role as 'owner' | 'member' })),
    sme: {
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
    },
    singleUndertaking: undertaking.map((uid) => ({ id: uid, name: names.get(uid) ?? '' })),
    abilities: organisationAbilities(actor, id),
  };
}
