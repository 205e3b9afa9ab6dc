/** Pure helpers for list screens: filters kept in the URL's query string so every list is linkable. */
import { ORGANISATION_TYPES, ROLES } from '../../../src/contract/common';

export function pageCount(total: number, pageSize: number): number {
  if (!pageSize || pageSize <= 0) return 1;
  return Math.max(1, Math.ceil(total / pageSize));
}

/** A positive page number from the query string; 1 for anything else. */
export function parsePage(value: string | null | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export interface TOrganisationFilters {
  q: string;
  type: string;
  nuts2: string;
  oblast: string;
  partner: '' | 'true' | 'false';
  page: number;
}

export const EMPTY_ORGANISATION_FILTERS: TOrganisationFilters = {
  q: '',
  type: '',
  nuts2: '',
  oblast: '',
  partner: '',
  page: 1,
};

/** Reads the organisation list filters from a query string, dropping values that are not allowed. */
export function parseOrganisationFilters(search: URLSearchParams): TOrganisationFilters {
  const type = search.get('type') ?? '';
  const partner = search.get('partner') ?? '';
  const code = (v: string | null) => (v && /^[A-Z]{2}[0-9A-Z]{1,3}$/.test(v) ? v : '');
  return {
    q: (search.get('q') ?? '').slice(0, 100),
    type: (ORGANISATION_TYPES as readonly string[]).includes(type) ? type : '',
    nuts2: code(search.get('nuts2')),
    oblast: code(search.get('oblast')),
    partner: partner === 'true' || partner === 'false' ? partner : '',
    page: parsePage(search.get('page')),
  };
}

/** The query string for filters: empty values and page 1 are left out, so the plain list has a plain URL. */
export function organisationFiltersToSearch(f: TOrganisationFilters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.type) params.set('type', f.type);
  if (f.nuts2) params.set('nuts2', f.nuts2);
  if (f.oblast) params.set('oblast', f.oblast);
  if (f.partner) params.set('partner', f.partner);
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface TUserFilters {
  q: string;
  role: string;
  page: number;
}

export function parseUserFilters(search: URLSearchParams): TUserFilters {
  const role = search.get('role') ?? '';
  return {
    q: (search.get('q') ?? '').slice(0, 100),
    role: (ROLES as readonly string[]).includes(role) ? role : '',
    page: parsePage(search.get('page')),
  };
}

export function userFiltersToSearch(f: TUserFilters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.role) params.set('role', f.role);
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The audit log's filters: `q` is the actor searched for (?actor=), then kind of action, record type and dates. */
export interface TAuditFilters {
  q: string;
  action: string;
  entityType: string;
  from: string;
  to: string;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: string | null) => (v && DAY.test(v) ? v : '');

export function parseAuditFilters(search: URLSearchParams): TAuditFilters {
  const action = search.get('action') ?? '';
  return {
    q: (search.get('actor') ?? '').slice(0, 100),
    action: /^[a-z_.-]{1,60}$/.test(action) ? action : '',
    entityType: (search.get('entityType') ?? '').slice(0, 50),
    from: day(search.get('from')),
    to: day(search.get('to')),
    page: parsePage(search.get('page')),
  };
}

export function auditFiltersToSearch(f: TAuditFilters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('actor', f.q.trim());
  if (f.action) params.set('action', f.action);
  if (f.entityType.trim()) params.set('entityType', f.entityType.trim());
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Only same-site paths are followed after sign-in, never another origin (open-redirect guard). */
export function safeNext(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
