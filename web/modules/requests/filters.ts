/** The request list and the staff board keep their filters in the URL, like the other lists, so every view is linkable. */
import { REQUEST_STATES, type TRequestState } from '../../../src/domain/services/request-state-machine';
import { SERVICE_FAMILIES, type TServiceFamily } from '../../../src/contract/services/enums';
import { parsePage } from '../../shared/lib/query';

export interface TRequestFilters {
  status: '' | TRequestState;
  family: '' | TServiceFamily;
  /** Set by links from an organisation's pages; the list offers to drop it, not to pick one. */
  organisationId: string;
  q: string;
  page: number;
}

export interface TBoardFilters {
  partnerId: string;
  family: '' | TServiceFamily;
}

/** The board's columns, in the order work flows (the open states, then delivered awaiting closure). */
export const BOARD_STATES = [
  'submitted',
  'accepted',
  'assigned',
  'in_progress',
  'delivered',
] as const satisfies readonly TRequestState[];

const oneOf = <T extends string>(values: readonly T[], v: string | null): '' | T =>
  v && (values as readonly string[]).includes(v) ? (v as T) : '';

/** Ids are UUIDs; anything else in the URL is ignored rather than sent on to the API. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const anId = (v: string | null): string => (v && UUID.test(v) ? v.toLowerCase() : '');

export function parseRequestFilters(search: URLSearchParams): TRequestFilters {
  return {
    status: oneOf(REQUEST_STATES, search.get('status')),
    family: oneOf(SERVICE_FAMILIES, search.get('family')),
    organisationId: anId(search.get('organisationId')),
    q: (search.get('q') ?? '').slice(0, 100),
    page: parsePage(search.get('page')),
  };
}

/** The query string for filters: empty values and page 1 are left out, so the plain list has a plain URL. */
export function requestFiltersToSearch(f: TRequestFilters): string {
  const params = new URLSearchParams();
  if (f.status) params.set('status', f.status);
  if (f.family) params.set('family', f.family);
  if (f.organisationId) params.set('organisationId', f.organisationId);
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isRequestListFiltered(f: TRequestFilters): boolean {
  return !!(f.status || f.family || f.organisationId || f.q.trim());
}

export function parseBoardFilters(search: URLSearchParams): TBoardFilters {
  return { partnerId: anId(search.get('partnerId')), family: oneOf(SERVICE_FAMILIES, search.get('family')) };
}

export function boardFiltersToSearch(f: TBoardFilters): string {
  const params = new URLSearchParams();
  if (f.partnerId) params.set('partnerId', f.partnerId);
  if (f.family) params.set('family', f.family);
  const s = params.toString();
  return s ? `?${s}` : '';
}
