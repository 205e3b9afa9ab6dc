import { describe, expect, it } from 'vitest';
import {
  catalogueApiPath,
  catalogueHref,
  catalogueSearch,
  EMPTY_CATALOGUE_FILTERS,
  isFiltered,
  parseCatalogueFilters,
} from './catalogue-filters';

describe('catalogue filters in the URL', () => {
  it('reads allowed values and drops the rest', () => {
    const f = parseCatalogueFilters(
      new URLSearchParams(
        'q= кибер &family=skills_training&technology=quantum&sector=ict&customerType=pso&drafts=1&page=3',
      ),
    );
    expect(f).toEqual({
      q: 'кибер',
      family: 'skills_training',
      technology: '',
      sector: 'ict',
      customerType: 'pso',
      drafts: true,
      page: 3,
    });
    expect(parseCatalogueFilters(new URLSearchParams('family=x&sector=nope&page=-1'))).toEqual(EMPTY_CATALOGUE_FILTERS);
  });

  it('writes a plain URL for no filters and round-trips the rest', () => {
    expect(catalogueSearch(EMPTY_CATALOGUE_FILTERS)).toBe('');
    const f = { ...EMPTY_CATALOGUE_FILTERS, q: 'hpc', technology: 'hpc', page: 2 };
    expect(parseCatalogueFilters(new URLSearchParams(catalogueSearch(f)))).toEqual(f);
  });

  it('goes back to page 1 on any change but paging', () => {
    const f = { ...EMPTY_CATALOGUE_FILTERS, family: 'skills_training', page: 4 };
    expect(catalogueHref(f, { technology: 'ai' })).toBe('/services?family=skills_training&technology=ai');
    expect(catalogueHref(f, { page: 5 })).toBe('/services?family=skills_training&page=5');
    expect(catalogueHref(f, { family: '' })).toBe('/services');
  });

  it('asks the API for drafts only when the staff filter is on', () => {
    expect(catalogueApiPath(EMPTY_CATALOGUE_FILTERS)).toBe('/api/v1/services?page=1&pageSize=12');
    expect(catalogueApiPath({ ...EMPTY_CATALOGUE_FILTERS, drafts: true, q: 'ai' })).toBe(
      '/api/v1/services?q=ai&includeUnpublished=true&page=1&pageSize=12',
    );
  });

  it('counts only narrowing filters as filtered', () => {
    expect(isFiltered({ ...EMPTY_CATALOGUE_FILTERS, drafts: true, page: 2 })).toBe(false);
    expect(isFiltered({ ...EMPTY_CATALOGUE_FILTERS, sector: 'ict' })).toBe(true);
  });
});
