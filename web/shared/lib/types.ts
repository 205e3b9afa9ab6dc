/** Response shapes of the EDIHub API as the web app uses them (see the API contract). */
import type { TLocale, TMembershipRole, TOrganisationType, TRole } from '../../../src/contract/common';

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
