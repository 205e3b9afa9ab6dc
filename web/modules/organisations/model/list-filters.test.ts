import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/contract/common';
import type { TRegions } from '../../../../src/contract/reference';
import { EMPTY_ORGANISATION_FILTERS } from '../../../shared/lib/query';
import { isOrganisationListFiltered, oblastForNuts2, oblastsOf, organisationsApiPath } from './list-filters';

const regions: TRegions = {
  version: 't',
  nuts2: [
    { code: 'BG41', nameBg: 'Югозападен', nameEn: 'South-West' },
    { code: 'BG42', nameBg: 'Южен централен', nameEn: 'South-Central' },
  ],
  oblasts: [
    { code: 'BG411', nuts2: 'BG41', nameBg: 'София (столица)', nameEn: 'Sofia (capital)' },
    { code: 'BG421', nuts2: 'BG42', nameBg: 'Пловдив', nameEn: 'Plovdiv' },
  ],
};

describe('organisation list filters', () => {
  it('asks for the own organisations only when the list is not the whole register', () => {
    const size = LIMITS.pageSizeDefault;
    expect(organisationsApiPath(EMPTY_ORGANISATION_FILTERS, true)).toBe(
      `/api/v1/organisations?page=1&pageSize=${size}`,
    );
    expect(organisationsApiPath({ ...EMPTY_ORGANISATION_FILTERS, q: 'acme', partner: 'true', page: 2 }, false)).toBe(
      `/api/v1/organisations?q=acme&partner=true&mine=true&page=2&pageSize=${size}`,
    );
  });

  it('counts any filter but the page as narrowing the list', () => {
    expect(isOrganisationListFiltered({ ...EMPTY_ORGANISATION_FILTERS, page: 3 })).toBe(false);
    expect(isOrganisationListFiltered({ ...EMPTY_ORGANISATION_FILTERS, oblast: 'BG411' })).toBe(true);
    expect(isOrganisationListFiltered({ ...EMPTY_ORGANISATION_FILTERS, partner: 'false' })).toBe(true);
  });

  it('offers the oblasts of the chosen region and keeps only a fitting oblast', () => {
    expect(oblastsOf(regions, '').map((o) => o.code)).toEqual(['BG411', 'BG421']);
    expect(oblastsOf(regions, 'BG42').map((o) => o.code)).toEqual(['BG421']);
    expect(oblastsOf(null, 'BG42')).toEqual([]);
    expect(oblastForNuts2('BG411', 'BG41', regions)).toBe('BG411');
    expect(oblastForNuts2('BG411', 'BG42', regions)).toBe('');
    expect(oblastForNuts2('', 'BG42', regions)).toBe('');
    expect(oblastForNuts2('BG411', 'BG41', null)).toBe('');
  });
});
