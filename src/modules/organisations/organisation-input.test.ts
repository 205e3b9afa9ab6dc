import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { normaliseOrganisation, ZOrganisationInput, type TOrganisationInput } from './organisation-input';

const base = (over: Partial<TOrganisationInput> = {}) =>
  ZOrganisationInput.parse({ legalNameBg: 'Агро Тест ООД', type: 'sme', eik: '201355508', oblast: 'BG344', ...over });

/** The field and code of the 400 a normalisation throws. */
function refusal(input: ReturnType<typeof base>): { field: string; code: string } | null {
  try {
    normaliseOrganisation(input, 2026);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const { field, code } = ((e as AppError).details as { fields: { field: string; code: string }[] }).fields[0]!;
    return { field, code };
  }
}

describe('DMA Module 1 fields of the registry', () => {
  it('keeps an enterprise secondary sector from the DMA list', () => {
    const n = normaliseOrganisation(base({ sector: 'ict', secondarySector: 'construction' }), 2026);
    expect(n).toMatchObject({ sector: 'ict', secondarySector: 'construction', psoLevel: null, pic: null });
  });

  it('refuses a secondary sector outside the DMA list, for a non-enterprise, or equal to the primary one', () => {
    expect(refusal(base({ secondarySector: 'cofog_01' }))).toEqual({ field: 'secondarySector', code: 'unknown' });
    expect(refusal(base({ type: 'pso', secondarySector: 'ict' }))).toEqual({
      field: 'secondarySector',
      code: 'unknown',
    });
    expect(refusal(base({ type: 'ngo', secondarySector: 'ict' }))).toEqual({
      field: 'secondarySector',
      code: 'unknown',
    });
    expect(refusal(base({ sector: 'ict', secondarySector: 'ict' }))).toEqual({
      field: 'secondarySector',
      code: 'invalid',
    });
  });

  it('keeps the kind of authority of a public-sector organisation, and refuses it for others', () => {
    expect(normaliseOrganisation(base({ type: 'pso', psoLevel: 'municipal' }), 2026).psoLevel).toBe('municipal');
    expect(refusal(base({ psoLevel: 'national' }))).toEqual({ field: 'psoLevel', code: 'unknown' });
    expect(ZOrganisationInput.safeParse({ ...base(), psoLevel: 'federal' }).success).toBe(false);
  });

  it('keeps a PIC of nine digits (spaces removed) for any organisation, and refuses anything else', () => {
    expect(normaliseOrganisation(base({ pic: ' 999 123 456 ' }), 2026).pic).toBe('999123456');
    expect(normaliseOrganisation(base({ pic: '' }), 2026).pic).toBeNull();
    expect(refusal(base({ pic: '99912345' }))).toEqual({ field: 'pic', code: 'format' });
    expect(refusal(base({ pic: '9991234567' }))).toEqual({ field: 'pic', code: 'format' });
    expect(refusal(base({ pic: 'PIC999123' }))).toEqual({ field: 'pic', code: 'format' });
  });
});
