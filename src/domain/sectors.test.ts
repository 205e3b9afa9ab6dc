import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '../contract/common';
import {
  ENTERPRISE_SECTORS,
  isSectorAllowed,
  NACE_CODE_PATTERN,
  NACE_NORMALISED_PATTERN,
  NACE_SECTIONS,
  naceSectionOf,
  normaliseNace,
  PUBLIC_SECTORS,
  sectorForNace,
  sectorListFor,
} from './sectors';

describe('ENTERPRISE_SECTORS', () => {
  it('has exactly 24 sectors with unique snake_case ids and both names', () => {
    expect(ENTERPRISE_SECTORS).toHaveLength(24);
    expect(new Set(ENTERPRISE_SECTORS.map((s) => s.id)).size).toBe(24);
    for (const s of ENTERPRISE_SECTORS) {
      expect(s.id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(s.nameBg).toMatch(/[А-Яа-я]/);
      expect(s.nameEn.length).toBeGreaterThan(2);
    }
    expect(new Set(ENTERPRISE_SECTORS.map((s) => s.nameEn)).size).toBe(24);
    expect(new Set(ENTERPRISE_SECTORS.map((s) => s.nameBg)).size).toBe(24);
  });

  it('covers every business NACE division exactly once (public administration and households excluded)', () => {
    const seen = new Map<string, string>();
    for (const s of ENTERPRISE_SECTORS) {
      for (const d of s.naceDivisions) {
        expect(seen.has(d), `division ${d} in ${s.id} and ${seen.get(d)}`).toBe(false);
        seen.set(d, s.id);
      }
    }
    const expected = Object.entries(NACE_SECTIONS)
      .filter(([section]) => !['O', 'T', 'U'].includes(section))
      .flatMap(([, divs]) => divs);
    expect([...seen.keys()].sort()).toEqual([...expected].sort());
  });
});

describe('PUBLIC_SECTORS', () => {
  it('lists the ten COFOG divisions in order', () => {
    expect(PUBLIC_SECTORS.map((s) => s.id)).toEqual([
      'cofog_01',
      'cofog_02',
      'cofog_03',
      'cofog_04',
      'cofog_05',
      'cofog_06',
      'cofog_07',
      'cofog_08',
      'cofog_09',
      'cofog_10',
    ]);
    expect(PUBLIC_SECTORS[0].nameEn).toBe('General public services');
    expect(PUBLIC_SECTORS[9].nameEn).toBe('Social protection');
  });

  it('shares no id with the enterprise list', () => {
    const ids = new Set(ENTERPRISE_SECTORS.map((s) => s.id));
    for (const s of PUBLIC_SECTORS) expect(ids.has(s.id)).toBe(false);
  });
});

describe('isSectorAllowed', () => {
  it('restricts enterprise types to enterprise sectors', () => {
    for (const t of ['sme', 'small_mid_cap', 'large_enterprise', 'start_up'] as const) {
      expect(sectorListFor(t)).toBe('enterprise');
      expect(isSectorAllowed('ict', t)).toBe(true);
      expect(isSectorAllowed('cofog_04', t)).toBe(false);
    }
  });

  it('restricts PSOs to COFOG divisions', () => {
    expect(sectorListFor('pso')).toBe('public');
    expect(isSectorAllowed('cofog_09', 'pso')).toBe(true);
    expect(isSectorAllowed('education', 'pso')).toBe(false);
  });

  it('lets other types use either list', () => {
    for (const t of ['research_education', 'ngo', 'other'] as const) {
      expect(sectorListFor(t)).toBe('any');
      expect(isSectorAllowed('education', t)).toBe(true);
      expect(isSectorAllowed('cofog_09', t)).toBe(true);
    }
  });

  it('rejects unknown sector ids for every type', () => {
    for (const t of ORGANISATION_TYPES) {
      expect(isSectorAllowed('manufacturing_xyz', t)).toBe(false);
      expect(isSectorAllowed('', t)).toBe(false);
    }
  });
});

describe('NACE codes', () => {
  it('pattern accepts the documented shapes', () => {
    for (const code of ['C', 'c', '62', '62.0', '62.01', 'J62.01', 'j62', '6201']) {
      expect(NACE_CODE_PATTERN.test(code), code).toBe(true);
    }
    for (const code of ['', 'V', 'CC', '6', '620.1', '62.012', '62.', 'C-62']) {
      expect(NACE_CODE_PATTERN.test(code), code).toBe(false);
    }
  });

  it('normalises to the dotted numeric form or a section letter', () => {
    expect(normaliseNace('C')).toBe('C');
    expect(normaliseNace(' c ')).toBe('C');
    expect(normaliseNace('62')).toBe('62');
    expect(normaliseNace('62.0')).toBe('62.0');
    expect(normaliseNace('62.01')).toBe('62.01');
    expect(normaliseNace('J62.01')).toBe('62.01');
    expect(normaliseNace('j 62.01')).toBe('62.01');
    expect(normaliseNace('6201')).toBe('62.01');
    expect(normaliseNace('01.11')).toBe('01.11');
    for (const code of ['C', '62', '62.0', '62.01', '01.11']) {
      expect(NACE_NORMALISED_PATTERN.test(normaliseNace(code)!)).toBe(true);
    }
  });

  it('rejects unused divisions and contradicting section letters', () => {
    expect(normaliseNace('04')).toBeNull();
    expect(normaliseNace('34.10')).toBeNull();
    expect(normaliseNace('00')).toBeNull();
    expect(normaliseNace('C62.01')).toBeNull();
    expect(normaliseNace('C25.62')).toBe('25.62');
    expect(normaliseNace('X')).toBeNull();
    expect(normaliseNace('hello')).toBeNull();
  });

  it('finds the section of a division', () => {
    expect(naceSectionOf('62')).toBe('J');
    expect(naceSectionOf('01')).toBe('A');
    expect(naceSectionOf('84')).toBe('O');
    expect(naceSectionOf('40')).toBeNull();
  });

  it('maps NACE codes to enterprise sectors', () => {
    expect(sectorForNace('62.01')?.id).toBe('ict');
    expect(sectorForNace('10.71')?.id).toBe('food_beverages');
    expect(sectorForNace('29.10')?.id).toBe('automotive_transport_equipment');
    expect(sectorForNace('23')?.id).toBe('other_manufacturing');
    expect(sectorForNace('94.11')?.id).toBe('arts_culture_other_services');
    expect(sectorForNace('A')?.id).toBe('agriculture_forestry_fishing');
    // Manufacturing spans several sectors, public administration none.
    expect(sectorForNace('C')).toBeNull();
    expect(sectorForNace('84.11')).toBeNull();
    expect(sectorForNace('nonsense')).toBeNull();
  });
});
