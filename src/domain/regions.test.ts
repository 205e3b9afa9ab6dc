import { describe, expect, it } from 'vitest';
import {
  findNuts2,
  findOblast,
  NUTS2_REGIONS,
  NUTS_VERSION,
  nuts2ForOblast,
  OBLASTS,
  oblastsInNuts2,
  REGION_VERSIONS,
} from './regions';

describe('regions reference data', () => {
  it('exposes the 2024 version as current', () => {
    expect(NUTS_VERSION).toBe('2024');
    expect(REGION_VERSIONS[NUTS_VERSION].oblasts).toBe(OBLASTS);
    expect(REGION_VERSIONS[NUTS_VERSION].nuts2).toBe(NUTS2_REGIONS);
  });

  it('has six NUTS 2 regions and 28 oblasts', () => {
    expect(NUTS2_REGIONS.map((r) => r.code)).toEqual(['BG31', 'BG32', 'BG33', 'BG34', 'BG41', 'BG42']);
    expect(OBLASTS).toHaveLength(28);
  });

  it('keeps every version internally consistent', () => {
    for (const [version, data] of Object.entries(REGION_VERSIONS)) {
      const nuts2Codes = new Set(data.nuts2.map((r) => r.code));
      expect(nuts2Codes.size, version).toBe(data.nuts2.length);
      const oblastCodes = new Set(data.oblasts.map((o) => o.code));
      expect(oblastCodes.size, version).toBe(data.oblasts.length);
      for (const o of data.oblasts) {
        expect(nuts2Codes.has(o.nuts2), `${version} ${o.code}`).toBe(true);
        // NUTS 3 codes nest inside their NUTS 2 code.
        expect(o.code.startsWith(o.nuts2), o.code).toBe(true);
        expect(o.code).toMatch(/^BG\d{3}$/);
        expect(o.nameBg).toMatch(/^[А-Яа-я ()]+$/);
        expect(o.nameEn).toMatch(/^[A-Za-z ()]+$/);
      }
      for (const r of data.nuts2) {
        expect(
          data.oblasts.some((o) => o.nuts2 === r.code),
          r.code,
        ).toBe(true);
      }
    }
  });

  it('has unique names in each language (the two Sofia oblasts are distinguished)', () => {
    expect(new Set(OBLASTS.map((o) => o.nameBg)).size).toBe(28);
    expect(new Set(OBLASTS.map((o) => o.nameEn)).size).toBe(28);
  });
});

describe('lookups', () => {
  it('maps Stara Zagora to BG34', () => {
    const o = findOblast('BG344');
    expect(o).toEqual({ code: 'BG344', nameBg: 'Стара Загора', nameEn: 'Stara Zagora', nuts2: 'BG34' });
    expect(nuts2ForOblast('BG344')).toBe('BG34');
  });

  it('tolerates case and spaces', () => {
    expect(findOblast(' bg411 ')?.nameEn).toBe('Sofia (capital)');
    expect(nuts2ForOblast('bg425')).toBe('BG42');
  });

  it('returns null for unknown codes or versions', () => {
    expect(findOblast('BG999')).toBeNull();
    expect(findOblast('BG34')).toBeNull();
    expect(findOblast('BG344', '2027')).toBeNull();
    expect(nuts2ForOblast('XX')).toBeNull();
    expect(findNuts2('BG35')).toBeNull();
  });

  it('finds NUTS 2 regions and their oblasts', () => {
    expect(findNuts2('BG41')?.nameBg).toBe('Югозападен');
    expect(oblastsInNuts2('BG33').map((o) => o.code)).toEqual(['BG331', 'BG332', 'BG333', 'BG334']);
    expect(oblastsInNuts2('BG99')).toEqual([]);
  });
});
