import { describe, expect, it } from 'vitest';
import { buildModule1, MODULE1_KEYS, staffBand, type TModule1Source } from './module1';

describe('staffBand', () => {
  it('uses the enterprise bands micro 1–9, small 10–49, medium 50–249, large 250+', () => {
    expect([1, 9, 9.5, 10, 49, 50, 249, 250].map((s) => staffBand('sme', s))).toEqual([
      'micro',
      'micro',
      'micro',
      'small',
      'small',
      'medium',
      'medium',
      'large',
    ]);
  });
  it('uses the public-sector bands small 0–49, medium 50–249, large 250+', () => {
    expect([0, 9, 49, 50, 250].map((s) => staffBand('pso', s))).toEqual(['small', 'small', 'small', 'medium', 'large']);
  });
  it('is unknown without figures', () => {
    expect(staffBand('sme', null)).toBeNull();
    expect(staffBand('sme', -1)).toBeNull();
  });
});

describe('buildModule1', () => {
  const src: TModule1Source = {
    name: 'Про Дрон Систем ООД',
    eik: '175074752',
    foreignRegistrationNo: null,
    organisationType: 'sme',
    website: 'https://pds.example',
    foundationYear: 2012,
    street: 'ул. Цар Симеон 1',
    city: 'Стара Загора',
    postcode: '6000',
    oblast: 'SZR',
    nuts2: 'BG34',
    sector: 'manufacturing',
    secondarySector: 'ict',
    psoLevel: null,
    pic: null,
    latestStaff: 12,
    contact: { name: 'Анна', email: 'anna@pds.example' },
  };
  it('lists every key it snapshots in MODULE1_KEYS, so the screen shows them in order', () => {
    const keys = [...Object.keys(buildModule1('sme', src)), ...Object.keys(buildModule1('pso', src))];
    expect(keys.filter((k) => !MODULE1_KEYS.includes(k))).toEqual([]);
  });
  it('snapshots the registry data with the staff band and address', () => {
    expect(buildModule1('sme', src)).toEqual({
      name: 'Про Дрон Систем ООД',
      eik: '175074752',
      organisationType: 'sme',
      website: 'https://pds.example',
      foundationYear: 2012,
      staff: 12,
      staffBand: 'small',
      address: 'ул. Цар Симеон 1, 6000, Стара Загора',
      oblast: 'SZR',
      nuts2: 'BG34',
      sector: 'manufacturing',
      secondarySector: 'ict',
      contact: 'Анна <anna@pds.example>',
    });
  });
  it('keeps the order of MODULE1_KEYS with the secondary sector right after the primary one', () => {
    expect(MODULE1_KEYS.indexOf('secondarySector')).toBe(MODULE1_KEYS.indexOf('sector') + 1);
    expect(MODULE1_KEYS.indexOf('psoLevel')).toBeLessThan(MODULE1_KEYS.indexOf('website'));
  });
  it('adds the PSO level and PIC for public bodies (no secondary sector), and falls back to the foreign number', () => {
    const m = buildModule1('pso', {
      ...src,
      organisationType: 'pso',
      sector: 'cofog_01',
      secondarySector: null,
      eik: null,
      foreignRegistrationNo: 'HRB 1',
      contact: null,
      latestStaff: null,
      psoLevel: 'municipal',
      pic: '999123456',
    });
    expect(m).toMatchObject({
      eik: 'HRB 1',
      staffBand: null,
      contact: null,
      psoLevel: 'municipal',
      pic: '999123456',
      sector: 'cofog_01',
    });
    expect(m).not.toHaveProperty('secondarySector');
  });
  it('gives enterprises their secondary sector but no PSO level or PIC, even when the registry holds a PIC', () => {
    const m = buildModule1('sme', { ...src, pic: '999123456', secondarySector: null });
    expect(m).toHaveProperty('secondarySector', null);
    expect(m).not.toHaveProperty('psoLevel');
    expect(m).not.toHaveProperty('pic');
  });
  it('keeps a PSO without level or PIC explicit (null), so the snapshot shows them as not given', () => {
    expect(buildModule1('pso', src)).toMatchObject({ psoLevel: null, pic: null });
  });
});
