/** The catalogue's filters, kept in the page URL so every search is a link (and works without JavaScript). */
import { ORGANISATION_TYPES, LIMITS } from '../../../src/contract/common';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../../src/domain/sectors';
import { SERVICE_FAMILIES, SERVICE_LIMITS, TECHNOLOGY_AREAS } from '../../../src/contract/services/enums';
import { withQuery } from '../../shared/lib/api';
import { parsePage } from '../../shared/lib/query';

export interface TCatalogueFilters {
  q: string;
  family: string;
  technology: string;
  sector: string;
  customerType: string;
  /** Staff: include unpublished services ("1"). */
  drafts: boolean;
  page: number;
}

export const EMPTY_CATALOGUE_FILTERS: TCatalogueFilters = {
  q: '',
  family: '',
  technology: '',
  sector: '',
  customerType: '',
  drafts: false,
  page: 1,
};

const SECTOR_IDS = new Set([...ENTERPRISE_SECTORS, ...PUBLIC_SECTORS].map((s) => s.id));
const oneOf = (allowed: { has(v: string): boolean } | readonly string[], v: string | null) =>
  v && (Array.isArray(allowed) ? allowed.includes(v) : (allowed as Set<string>).has(v)) ? v : '';

/** Reads the filters from a query string, dropping values that are not allowed. */
export function parseCatalogueFilters(search: URLSearchParams): TCatalogueFilters {
  return {
    q: (search.get('q') ?? '').trim().slice(0, LIMITS.searchMax),
    family: oneOf(SERVICE_FAMILIES, search.get('family')),
    technology: oneOf(TECHNOLOGY_AREAS, search.get('technology')),
    sector: oneOf(SECTOR_IDS, search.get('sector')),
    customerType: oneOf(ORGANISATION_TYPES, search.get('customerType')),
    drafts: search.get('drafts') === '1',
    page: parsePage(search.get('page')),
  };
}

/** The page's query string for filters: empty values and page 1 are left out, so the plain catalogue is /services. */
export function catalogueSearch(f: TCatalogueFilters): string {
  const params = new URLSearchParams();
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.family) params.set('family', f.family);
  if (f.technology) params.set('technology', f.technology);
  if (f.sector) params.set('sector', f.sector);
  if (f.customerType) params.set('customerType', f.customerType);
  if (f.drafts) params.set('drafts', '1');
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The link to the catalogue with a change applied; any change but paging goes back to page 1. */
export function catalogueHref(f: TCatalogueFilters, patch: Partial<TCatalogueFilters>): string {
  return `/services${catalogueSearch({ ...f, page: 1, ...patch })}`;
}

/** The API request for the filters. */
export function catalogueApiPath(f: TCatalogueFilters): string {
  return withQuery('/api/v1/services', {
    q: f.q,
    family: f.family,
    technology: f.technology,
    sector: f.sector,
    customerType: f.customerType,
    includeUnpublished: f.drafts ? 'true' : undefined,
    page: f.page,
    pageSize: SERVICE_LIMITS.pageSizeDefault,
  });
}

/** True when anything narrows the list (the empty state then suggests clearing). */
export const isFiltered = (f: TCatalogueFilters): boolean =>
  !!(f.q || f.family || f.technology || f.sector || f.customerType);
