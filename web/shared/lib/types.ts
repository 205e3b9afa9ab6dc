/** Response shapes of the EDIHub API as the web app uses them (see the API contract). */
import type { TEnterpriseStatus, TLocale, TMembershipRole, TOrganisationType, TRole, TSmeCategory } from '../../../src/contract/common';

export interface TMe {
  user: null | {
    id: string;
    name: string;
    email: string;
    role: TRole;
    locale: TLocale;
    emailVerified: boolean;
  };
  memberships: { organisationId: string; name: string; role: TMembershipRole }[];
  abilities: {
    organisations: { list: boolean; listAll?: boolean; create: boolean };
    selfCheck: boolean;
    services: { manage: boolean };
    requests: { list: boolean; listAll: boolean; board: boolean };
    aid: { ledger: boolean; settings: boolean };
    events: { manage: boolean };
    facilities: { manage: boolean };
    assessments: { listAll: boolean; exportFiles: boolean; importFiles: boolean };
    admin: { users: boolean; audit: boolean; outbox: boolean };
    /** The staff/admin start page (optional: older answers of /api/v1/me lack it). */
    start?: { read: boolean };
  };
}

export const ANONYMOUS_ME: TMe = {
  user: null,
  memberships: [],
  abilities: {
    organisations: { list: false, listAll: false, create: false },
    selfCheck: true,
    services: { manage: false },
    requests: { list: false, listAll: false, board: false },
    aid: { ledger: false, settings: false },
    events: { manage: false },
    facilities: { manage: false },
    assessments: { listAll: false, exportFiles: false, importFiles: false },
    admin: { users: false, audit: false, outbox: false },
    start: { read: false },
  },
};

export interface TPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface THubPartner {
  id: string;
  legalNameBg: string;
  legalNameEn: string | null;
  type: TOrganisationType;
  city: string | null;
  website: string | null;
}

export interface THub {
  nameBg: string;
  nameEn: string;
  city: string | null;
  nuts2: string | null;
  descriptionBg: string | null;
  descriptionEn: string | null;
  email: string | null;
  website: string | null;
  partners: THubPartner[];
}

export interface TNamed {
  nameBg: string;
  nameEn: string;
}

export interface TRegions {
  version: string;
  nuts2: (TNamed & { code: string })[];
  oblasts: (TNamed & { code: string; nuts2: string })[];
}

export interface TSectors {
  enterprise: (TNamed & { id: string })[];
  public: (TNamed & { id: string })[];
}

export interface TYearFigures {
  year: number;
  staff: number;
  turnover: number;
  balanceSheet: number;
}

export interface TSmeReason {
  code: string;
  params: Record<string, string | number>;
}

export interface TSmeAssessment {
  category: TSmeCategory | null;
  isSme: boolean;
  status: TEnterpriseStatus;
  publicBodyExcluded: boolean;
  publicBodyShare: number;
  aggregated: TYearFigures[];
  restsOnYears: number[];
  perYear: { year: number; category: TSmeCategory }[];
  reasons: TSmeReason[];
}

export interface TSmeLinkInput {
  relation: 'owns' | 'owned_by';
  capitalShare: number;
  votingShare: number;
  boardControl?: boolean;
  dominantInfluence?: boolean;
  votingAgreement?: boolean;
  isPublicBody?: boolean;
  name?: string;
  figures: TYearFigures[];
}

export interface TOrganisationSummary {
  id: string;
  legalNameBg: string;
  legalNameEn: string | null;
  type: TOrganisationType;
  country: string;
  eik: string | null;
  city: string | null;
  oblast: string | null;
  nuts2: string | null;
  sector: string | null;
  isPartner: boolean;
  createdAt: string;
}

export interface TOwnershipLink {
  id: string;
  ownerId: string;
  ownedId: string;
  ownerName: string;
  ownedName: string;
  capitalShare: number;
  votingShare: number;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
  relation: 'partner' | 'linked' | 'none';
}

/** A link waiting for the other organisation's consent (it counts nowhere until confirmed). */
export interface TPendingOwnershipLink {
  id: string;
  ownerId: string;
  ownedId: string;
  /** Null when the other organisation is not yours and has not asked for the link itself. */
  ownerName: string | null;
  ownedName: string | null;
  capitalShare: number;
  votingShare: number;
  boardControl: boolean;
  dominantInfluence: boolean;
  votingAgreement: boolean;
  status: 'pending';
  direction: 'incoming' | 'outgoing';
  requestedAt: string;
  canConfirm: boolean;
  canWithdraw: boolean;
}

export interface TContact {
  id: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  consent: boolean;
  consentAt: string | null;
}

export interface TOrganisationAbilities {
  update: boolean;
  manageFigures?: boolean;
  manageContacts?: boolean;
  manageOwnership: boolean;
  manageMembers: boolean;
  setPartner: boolean;
  delete: boolean;
}

export interface TOrganisationDetail extends TOrganisationSummary {
  foreignRegistrationNo: string | null;
  vat: string | null;
  street: string | null;
  postcode: string | null;
  /** DMA Module 1: an enterprise's second sector; a PSO's kind of authority; the EU PIC. */
  secondarySector: string | null;
  psoLevel: 'national' | 'regional' | 'municipal' | 'other' | null;
  pic: string | null;
  naceCode: string | null;
  website: string | null;
  foundationYear: number | null;
  nutsVersion: string | null;
  updatedAt: string;
  figures: TYearFigures[];
  contacts: TContact[];
  ownership: { owners: TOwnershipLink[]; holdings: TOwnershipLink[]; pending?: TPendingOwnershipLink[] };
  members: { userId: string; name: string; email: string; role: TMembershipRole }[];
  sme: TSmeAssessment & { partners: { id: string; share: number }[]; linked: string[] };
  singleUndertaking: { id: string; name: string }[];
  abilities: TOrganisationAbilities;
}

/** The organisation form as the API accepts it (OrgInput). */
export interface TOrganisationInput {
  legalNameBg: string;
  legalNameEn?: string | null;
  type: TOrganisationType;
  country?: string;
  eik?: string | null;
  foreignRegistrationNo?: string | null;
  vat?: string | null;
  street?: string | null;
  city?: string | null;
  postcode?: string | null;
  oblast?: string | null;
  sector?: string | null;
  secondarySector?: string | null;
  psoLevel?: 'national' | 'regional' | 'municipal' | 'other' | null;
  pic?: string | null;
  naceCode?: string | null;
  website?: string | null;
  foundationYear?: number | null;
}

export interface TLookupItem {
  id: string;
  legalNameBg: string;
  eik: string | null;
}

export interface TAdminUser {
  id: string;
  name: string;
  email: string;
  role: TRole;
  emailVerified: boolean;
  /** Set while an admin has deactivated the account. */
  deactivatedAt?: string | null;
  createdAt: string;
  organisations: number;
}

export interface TAuditEntry {
  id: string | number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** The record's page and name, when it still exists and has one. */
  record: { path: string; label: string } | null;
  changes: { field: string; before: unknown; after: unknown }[];
  before: unknown;
  after: unknown;
}

export interface TOutboxMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: string;
  attempts?: number;
  lastError?: string | null;
  createdAt: string;
  sentAt: string | null;
}
