import { describe, expect, it } from 'vitest';
import type { TOrganisationDetail } from '../../../src/contract/organisations';
import type { TRegions, TSectors } from '../../../src/contract/reference';
import {
  changedInput,
  eikToCheck,
  emptyOrgValues,
  nutsOf,
  orgValuesFromDetail,
  orgValuesToInput,
  sectorFits,
  sectorListFor,
  validateOrgValues,
  type TOrgValues,
} from './form-model';

const filled = (over: Partial<TOrgValues> = {}): TOrgValues => ({
  ...emptyOrgValues(),
  legalNameBg: 'Иновации ООД',
  type: 'sme',
  eik: '831919536',
  oblast: 'BG344',
  ...over,
});

const regions: TRegions = {
  version: '2024',
  nuts2: [{ code: 'BG34', nameBg: 'Югоизточен', nameEn: 'Yugoiztochen' }],
  oblasts: [{ code: 'BG344', nameBg: 'Стара Загора', nameEn: 'Stara Zagora', nuts2: 'BG34' }],
};
const sectors: TSectors = {
  enterprise: [{ id: 'ict', nameBg: 'ИКТ', nameEn: 'ICT' }],
  public: [{ id: 'cofog_09', nameBg: 'Образование', nameEn: 'Education' }],
};

describe('organisation form model', () => {
  it('accepts a complete Bulgarian organisation', () => {
    expect(validateOrgValues(filled(), 2026, true)).toEqual({});
  });

  it('requires name, type, EIK and oblast for Bulgaria', () => {
    const p = validateOrgValues(emptyOrgValues(), 2026, null);
    expect(p).toMatchObject({ legalNameBg: 'required', type: 'required', eik: 'required', oblast: 'required' });
  });

  it('marks an EIK the server found invalid, and one of the wrong length as a format problem', () => {
    expect(validateOrgValues(filled(), 2026, false).eik).toBe('checksum');
    expect(validateOrgValues(filled({ eik: '12345' }), 2026, null).eik).toBe('format');
  });

  it('asks a foreign organisation for its registration number instead of EIK and oblast', () => {
    const v = filled({ country: 'DE', eik: '', oblast: '' });
    expect(validateOrgValues(v, 2026, null)).toEqual({ foreignRegistrationNo: 'required' });
    expect(validateOrgValues({ ...v, foreignRegistrationNo: 'HRB 12345' }, 2026, null)).toEqual({});
    const input = orgValuesToInput({ ...v, foreignRegistrationNo: 'HRB 12345', eik: '831919536', oblast: 'BG344' });
    expect(input).toMatchObject({ country: 'DE', eik: null, oblast: null, foreignRegistrationNo: 'HRB 12345' });
  });

  it('checks website and foundation year', () => {
    expect(validateOrgValues(filled({ website: 'firma.bg' }), 2026, true).website).toBe('format');
    expect(validateOrgValues(filled({ website: 'https://firma.bg' }), 2026, true).website).toBeUndefined();
    expect(validateOrgValues(filled({ foundationYear: '2030' }), 2026, true).foundationYear).toBe('range');
    expect(validateOrgValues(filled({ foundationYear: '19x0' }), 2026, true).foundationYear).toBe('format');
  });

  it('sends empty text as null and the year as a number', () => {
    expect(orgValuesToInput(filled({ foundationYear: ' 1999 ', city: '  ' }))).toMatchObject({
      legalNameBg: 'Иновации ООД',
      legalNameEn: null,
      city: null,
      foundationYear: 1999,
      country: 'BG',
      eik: '831919536',
    });
  });

  it('asks the server about an EIK only once it can be complete', () => {
    expect(eikToCheck('')).toBeNull();
    expect(eikToCheck('8319')).toBeNull();
    expect(eikToCheck('BG 831 919 536')).toBe('831919536');
    expect(eikToCheck('8319195361234')).toBe('8319195361234');
    expect(eikToCheck('abc')).toBe('abc');
  });

  it('picks the sector list by type and drops a sector that no longer fits', () => {
    expect(sectorListFor('sme')).toBe('enterprise');
    expect(sectorListFor('pso')).toBe('public');
    expect(sectorListFor('ngo')).toBe('any');
    expect(sectorFits('ict', 'pso', sectors)).toBe(false);
    expect(sectorFits('ict', 'ngo', sectors)).toBe(true);
    expect(sectorFits('cofog_09', 'pso', sectors)).toBe(true);
  });

  it('derives NUTS 3 and NUTS 2 from the oblast', () => {
    expect(nutsOf('BG344', regions)).toEqual({ nuts3: 'BG344', nuts2: 'BG34', nuts2Name: regions.nuts2[0] });
    expect(nutsOf('BG999', regions)).toBeNull();
  });

  it('checks the PIC (nine digits, spaces allowed) and a secondary sector repeating the primary one', () => {
    expect(validateOrgValues(filled({ pic: '999 123 456' }), 2026, true).pic).toBeUndefined();
    expect(validateOrgValues(filled({ pic: '99912345' }), 2026, true).pic).toBe('format');
    expect(validateOrgValues(filled({ pic: '99912345x' }), 2026, true).pic).toBe('format');
    expect(validateOrgValues(filled({ sector: 'ict', secondarySector: 'ict' }), 2026, true).secondarySector).toBe(
      'invalid',
    );
    expect(validateOrgValues(filled({ sector: 'ict', secondarySector: 'construction' }), 2026, true)).toEqual({});
  });

  it('sends the Module 1 fields only for the types they apply to', () => {
    const sme = orgValuesToInput(filled({ secondarySector: 'ict', psoLevel: 'municipal', pic: ' 999 123 456 ' }));
    expect(sme).toMatchObject({ secondarySector: 'ict', psoLevel: null, pic: '999123456' });
    const pso = orgValuesToInput(filled({ type: 'pso', secondarySector: 'ict', psoLevel: 'municipal', pic: '' }));
    expect(pso).toMatchObject({ secondarySector: null, psoLevel: 'municipal', pic: null });
  });

  it('clears a secondary sector when the type changes to a public organisation', () => {
    const detail = {
      ...filled({ secondarySector: 'ict' }),
      legalNameEn: null,
      country: 'BG',
      foundationYear: null,
    } as unknown as TOrganisationDetail;
    const before = orgValuesFromDetail(detail);
    expect(before.secondarySector).toBe('ict');
    expect(changedInput(before, { ...before, type: 'pso', psoLevel: 'regional' })).toEqual({
      type: 'pso',
      secondarySector: null,
      psoLevel: 'regional',
    });
  });

  it('patches only what changed', () => {
    const detail = {
      ...filled(),
      legalNameEn: null,
      country: 'BG',
      foundationYear: null,
    } as unknown as TOrganisationDetail;
    const before = orgValuesFromDetail(detail);
    expect(changedInput(before, { ...before, city: 'Казанлък' })).toEqual({ city: 'Казанлък' });
    expect(changedInput(before, before)).toEqual({});
  });
});
