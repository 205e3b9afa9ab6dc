/** The organisation list: the URL-kept filters, the page of organisations they select, and the regions to filter by. */
import type { TPage } from '../../../../src/contract/common';
import type { TOrganisationSummary } from '../../../../src/contract/organisations';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { organisationFiltersToSearch, parseOrganisationFilters } from '../../../shared/lib/query';
import { useReference } from '../../../shared/reference/use-reference';
import { isOrganisationListFiltered, organisationsApiPath } from '../model/list-filters';

export function useOrganisationList(all: boolean) {
  const { regions } = useReference();
  const filterState = useUrlFilters(parseOrganisationFilters, organisationFiltersToSearch);
  const list = useApi<TPage<TOrganisationSummary>>(organisationsApiPath(filterState.filters, all));
  return { regions, filterState, list, filtered: isOrganisationListFiltered(filterState.filters) };
}
