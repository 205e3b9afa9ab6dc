/** The organisation list's filters: the API query they make, and the oblasts that fit the chosen region. */
import { LIMITS } from '../../../../src/contract/common';
import type { TRegions } from '../../../../src/contract/reference';
import { withQuery } from '../../../shared/lib/api';
import type { TOrganisationFilters } from '../../../shared/lib/query';

/** The list's API path; someone who may not list all organisations sees only their own (`mine`). */
export function organisationsApiPath(filters: TOrganisationFilters, all: boolean): string {
  return withQuery('/api/v1/organisations', {
    q: filters.q,
    type: filters.type,
    nuts2: filters.nuts2,
    oblast: filters.oblast,
    partner: filters.partner,
    mine: all ? undefined : 'true',
    page: filters.page,
    pageSize: LIMITS.pageSizeDefault,
  });
}

/** True when any filter narrows the list (the page does not count). */
export function isOrganisationListFiltered(filters: TOrganisationFilters): boolean {
  return !!(filters.q || filters.type || filters.nuts2 || filters.oblast || filters.partner);
}

/** The oblasts to offer: those of the chosen NUTS2 region, or all of them. */
export function oblastsOf(regions: TRegions | null, nuts2: string): TRegions['oblasts'] {
  return (regions?.oblasts ?? []).filter((o) => !nuts2 || o.nuts2 === nuts2);
}

/** The oblast filter after choosing region `nuts2`: kept when it lies in that region, else cleared. */
export function oblastForNuts2(oblast: string, nuts2: string, regions: TRegions | null): string {
  return oblast && !regions?.oblasts.some((o) => o.code === oblast && o.nuts2 === nuts2) ? '' : oblast;
}
