/**
 * List filters kept in the URL's query string (so every view is linkable), with a search box that
 * searches after a pause. `parse` reads the filters from the query string; `toSearch` writes them back.
 */
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebounced } from './use-api';

/** What every URL-kept list filter has: the free text of the search box and the page. */
export interface TUrlFilters {
  q: string;
  page: number;
}

/** Milliseconds of quiet after the last keystroke before the list is searched. */
export const SEARCH_DELAY_MS = 350;

/** The filters after a change: any change but paging starts again on page 1. */
export function patchFilters<F extends TUrlFilters>(filters: F, patch: Partial<F>): F {
  return { ...filters, page: 1, ...patch };
}

/** True when the settled text of the search box differs from the search the URL holds. */
export function searchDiffers(boxText: string, urlQ: string): boolean {
  return boxText.trim() !== urlQ;
}

export interface TUrlFiltersState<F extends TUrlFilters> {
  /** The filters as the URL holds them. */
  filters: F;
  /** Changes some filters (back to page 1 unless `page` is given); `replace` adds no history entry. */
  update: (patch: Partial<F>, replace?: boolean) => void;
  /** The search box's text, ahead of the URL while typing. */
  q: string;
  setQ: (q: string) => void;
  /** Empties the search box and every filter. */
  clear: () => void;
}

export function useUrlFilters<F extends TUrlFilters>(
  parse: (search: URLSearchParams) => F,
  toSearch: (filters: F) => string,
): TUrlFiltersState<F> {
  const [search, setSearch] = useSearchParams();
  const filters = parse(search);
  const [q, setQ] = useState(filters.q);
  const debouncedQ = useDebounced(q, SEARCH_DELAY_MS);

  const update = (patch: Partial<F>, replace = false) => {
    setSearch(new URLSearchParams(toSearch(patchFilters(filters, patch))), { replace });
  };
  // Typing searches after a pause; the URL follows (replace, so Back does not step through keystrokes).
  useEffect(() => {
    if (searchDiffers(debouncedQ, filters.q)) update({ q: debouncedQ } as Partial<F>, true);
    // Deliberately keyed on this value only.
  }, [debouncedQ]);
  // Back/forward or a pasted link: the box shows the URL's search.
  useEffect(() => {
    if (searchDiffers(debouncedQ, filters.q)) setQ(filters.q);
    // Deliberately keyed on this value only.
  }, [filters.q]);

  const clear = () => {
    setQ('');
    setSearch(new URLSearchParams());
  };
  return { filters, update, q, setQ, clear };
}
