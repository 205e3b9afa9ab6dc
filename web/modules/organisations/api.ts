/** Organisation endpoints; every mutation answers with the full OrgDetail so the page simply replaces its data. */
import { api, withQuery } from '../../shared/lib/api';
import type {
  TLookupItem,
  TOrganisationDetail,
  TOrganisationInput,
  TYearFigures,
} from '../../../src/contract/organisations';

const base = (id: string) => `/api/v1/organisations/${encodeURIComponent(id)}`;

export const createOrganisation = (input: TOrganisationInput) =>
  api<TOrganisationDetail>('POST', '/api/v1/organisations', input);
export const updateOrganisation = (id: string, patch: Partial<TOrganisationInput>) =>
  api<TOrganisationDetail>('PATCH', base(id), patch);
export const deleteOrganisation = (id: string) => api<null>('DELETE', base(id));
export const setPartner = (id: string, isPartner: boolean) =>
  api<TOrganisationDetail>('PUT', `${base(id)}/partner`, { isPartner });

export const putFigures = (id: string, f: TYearFigures) =>
  api<TOrganisationDetail>('PUT', `${base(id)}/figures/${f.year}`, {
    staff: f.staff,
    turnover: f.turnover,
    balanceSheet: f.balanceSheet,
  });
export const deleteFigures = (id: string, year: number) =>
  api<TOrganisationDetail>('DELETE', `${base(id)}/figures/${year}`);

export interface TContactInput {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  consent: boolean;
}
export const addContact = (id: string, c: TContactInput) => api<TOrganisationDetail>('POST', `${base(id)}/contacts`, c);
export const updateContact = (id: string, contactId: string, c: TContactInput) =>
  api<TOrganisationDetail>('PATCH', `${base(id)}/contacts/${encodeURIComponent(contactId)}`, c);
export const deleteContact = (id: string, contactId: string) =>
  api<TOrganisationDetail>('DELETE', `${base(id)}/contacts/${encodeURIComponent(contactId)}`);

export interface TOwnershipInput {
  ownerId: string;
  ownedId: string;
  capitalShare: number;
  votingShare: number;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
}
export const addOwnership = (id: string, link: TOwnershipInput) =>
  api<TOrganisationDetail>('POST', `${base(id)}/ownership`, link);
export const deleteOwnership = (id: string, linkId: string) =>
  api<TOrganisationDetail>('DELETE', `${base(id)}/ownership/${encodeURIComponent(linkId)}`);

export const settlePendingOwnership = (id: string, linkId: string, step: 'confirm' | 'decline' | 'withdraw') =>
  api<TOrganisationDetail>('POST', `${base(id)}/ownership/${encodeURIComponent(linkId)}/${step}`, {});

export const addMember = (id: string, email: string, role: 'owner' | 'member') =>
  api<TOrganisationDetail>('POST', `${base(id)}/members`, { email, role });
export const removeMember = (id: string, userId: string) =>
  api<TOrganisationDetail>('DELETE', `${base(id)}/members/${encodeURIComponent(userId)}`);

export const lookupOrganisations = (q: string) =>
  api<TLookupItem[]>('GET', withQuery('/api/v1/organisations/lookup', { q }));

/** An EIK claim: a registration under a public-register EIK that staff confirm before the membership takes effect. */
export interface TClaim {
  id: string;
  organisationId: string | null;
  eik: string;
  legalNameBg: string;
  status: 'pending' | 'confirmed' | 'rejected';
  claimantName: string;
  claimantEmail: string;
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
}
/** POST /organisations answers the new organisation, or (202) the claim when the EIK is in the public register. */
export const registerOrganisation = (input: TOrganisationInput) =>
  api<TOrganisationDetail | { claim: TClaim }>('POST', '/api/v1/organisations', input);
export const decideClaim = (claimId: string, decision: 'confirm' | 'reject', reason?: string) =>
  api<TClaim>(
    'POST',
    `/api/v1/organisation-claims/${encodeURIComponent(claimId)}/${decision}`,
    reason ? { reason } : {},
  );
