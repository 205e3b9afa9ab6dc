/** The organisation form's pure logic: values as strings, client checks, and conversion to the API's OrgInput. */
import { PIC_PATTERN } from '../../../src/domain/dma/module1';
import { ENTERPRISE_TYPES, LIMITS, type TOrganisationType } from '../../../src/contract/common';
import type { TOrganisationDetail, TOrganisationInput } from '../../../src/contract/organisations';
import type { TRegions, TSectors } from '../../../src/contract/reference';
import { isWebUrl } from '../../../src/contract/web-url';

export const ORG_FIELDS = [
  'legalNameBg',
  'legalNameEn',
  'type',
  'country',
  'eik',
  'foreignRegistrationNo',
  'vat',
  'street',
  'city',
  'postcode',
  'oblast',
  'sector',
  'secondarySector',
  'psoLevel',
  'pic',
  'naceCode',
  'website',
  'foundationYear',
] as const;
export type TOrgField = (typeof ORG_FIELDS)[number];
export type TOrgValues = Record<TOrgField, string>;

export function emptyOrgValues(): TOrgValues {
  const v = Object.fromEntries(ORG_FIELDS.map((f) => [f, ''])) as TOrgValues;
  v.country = 'BG';
  return v;
}

export function orgValuesFromDetail(d: TOrganisationDetail): TOrgValues {
  const s = (x: string | number | null | undefined) => (x === null || x === undefined ? '' : String(x));
  return {
    legalNameBg: s(d.legalNameBg),
    legalNameEn: s(d.legalNameEn),
    type: s(d.type),
    country: s(d.country) || 'BG',
    eik: s(d.eik),
    foreignRegistrationNo: s(d.foreignRegistrationNo),
    vat: s(d.vat),
    street: s(d.street),
    city: s(d.city),
    postcode: s(d.postcode),
    oblast: s(d.oblast),
    sector: s(d.sector),
    secondarySector: s(d.secondarySector),
    psoLevel: s(d.psoLevel),
    pic: s(d.pic),
    naceCode: s(d.naceCode),
    website: s(d.website),
    foundationYear: s(d.foundationYear),
  };
}

export const isBulgarian = (v: Pick<TOrgValues, 'country'>) => (v.country || 'BG').toUpperCase() === 'BG';

/** The body for POST/PATCH: empty text becomes null; fields that do not apply to the country or type are sent as null. */
export function orgValuesToInput(v: TOrgValues): TOrganisationInput {
  const text = (x: string) => (x.trim() === '' ? null : x.trim());
  const bg = isBulgarian(v);
  const year = v.foundationYear.trim();
  return {
    legalNameBg: v.legalNameBg.trim(),
    legalNameEn: text(v.legalNameEn),
    type: v.type as TOrganisationType,
    country: (v.country || 'BG').toUpperCase(),
    eik: bg ? text(v.eik) : null,
    foreignRegistrationNo: bg ? null : text(v.foreignRegistrationNo),
    vat: text(v.vat),
    street: text(v.street),
    city: text(v.city),
    postcode: text(v.postcode),
    oblast: bg ? text(v.oblast) : null,
    sector: text(v.sector),
    secondarySector: isEnterprise(v.type) ? text(v.secondarySector) : null,
    psoLevel: v.type === 'pso' ? ((text(v.psoLevel) as TOrganisationInput['psoLevel']) ?? null) : null,
    pic: text(v.pic.replace(/\s+/g, '')),
    naceCode: text(v.naceCode),
    website: text(v.website),
    foundationYear: year === '' ? null : Number(year),
  };
}

/** Problem codes, translated under `errors.fields.*`. */
export type TOrgProblem = 'required' | 'too_small' | 'too_big' | 'format' | 'range' | 'checksum' | 'invalid';

/** Enterprises (the DMA's SME questionnaire) may give a secondary sector. */
export const isEnterprise = (type: string) => (ENTERPRISE_TYPES as readonly string[]).includes(type);

/** Client-side checks that mirror the server's rules; the server remains the judge. */
export function validateOrgValues(
  v: TOrgValues,
  currentYear: number,
  eikValid: boolean | null,
): Partial<Record<TOrgField, TOrgProblem>> {
  const p: Partial<Record<TOrgField, TOrgProblem>> = {};
  const name = v.legalNameBg.trim();
  if (!name) p.legalNameBg = 'required';
  else if (name.length < 2) p.legalNameBg = 'too_small';
  else if (name.length > LIMITS.nameMax) p.legalNameBg = 'too_big';
  if (v.legalNameEn.trim().length > LIMITS.nameMax) p.legalNameEn = 'too_big';
  if (!v.type) p.type = 'required';
  if (!/^[A-Za-z]{2}$/.test(v.country.trim())) p.country = 'format';
  if (isBulgarian(v)) {
    if (!v.eik.trim()) p.eik = 'required';
    else if (eikToCheck(v.eik) === null) p.eik = 'format';
    else if (eikValid === false) p.eik = 'checksum';
    if (!v.oblast) p.oblast = 'required';
  } else if (!v.foreignRegistrationNo.trim() && !v.vat.trim()) {
    p.foreignRegistrationNo = 'required';
  }
  const web = v.website.trim();
  if (web && !isWebUrl(web)) p.website = 'format';
  const year = v.foundationYear.trim();
  if (year) {
    const n = Number(year);
    if (!Number.isInteger(n)) p.foundationYear = 'format';
    else if (n < 1800 || n > currentYear) p.foundationYear = 'range';
  }
  const pic = v.pic.replace(/\s+/g, '');
  if (pic && !PIC_PATTERN.test(pic)) p.pic = 'format';
  if (isEnterprise(v.type) && v.secondarySector && v.secondarySector === v.sector) p.secondarySector = 'invalid';
  if (v.naceCode.trim() && !/^[A-Ua-u]?\s*\d{2}(\.?\d{1,2})?$|^[A-Ua-u]$/.test(v.naceCode.trim()))
    p.naceCode = 'format';
  return p;
}

/** Which sector list applies: enterprises use the DMA list, PSOs the COFOG list, other types may use either. */
export function sectorListFor(type: string): 'enterprise' | 'public' | 'any' {
  if (isEnterprise(type)) return 'enterprise';
  if (type === 'pso') return 'public';
  return 'any';
}

/** True when the chosen sector still belongs to the list of the (possibly changed) type. */
export function sectorFits(sector: string, type: string, sectors: TSectors | null): boolean {
  if (!sector || !sectors) return true;
  const list = sectorListFor(type);
  const inEnterprise = sectors.enterprise.some((s) => s.id === sector);
  const inPublic = sectors.public.some((s) => s.id === sector);
  return list === 'enterprise' ? inEnterprise : list === 'public' ? inPublic : inEnterprise || inPublic;
}

/** NUTS3 (the oblast code) and NUTS2 derived from the chosen oblast, for display. */
export function nutsOf(
  oblast: string,
  regions: TRegions | null,
): { nuts3: string; nuts2: string; nuts2Name: { nameBg: string; nameEn: string } | null } | null {
  if (!oblast || !regions) return null;
  const o = regions.oblasts.find((x) => x.code === oblast);
  if (!o) return null;
  const r = regions.nuts2.find((x) => x.code === o.nuts2) ?? null;
  return { nuts3: o.code, nuts2: o.nuts2, nuts2Name: r };
}

/** What to ask the server about an EIK being typed: null while it cannot be complete (not 9 or 13 digits). */
export function eikToCheck(value: string): string | null {
  let s = value.replace(/[\s.\-\u00a0]/g, '');
  if (/^bg/i.test(s)) s = s.slice(2);
  if (!/^\d+$/.test(s)) return s ? s.slice(0, 40) : null;
  return s.length === 9 || s.length === 13 ? s : null;
}

/** The fields that differ from the original, for PATCH. */
export function changedInput(original: TOrgValues, current: TOrgValues): Partial<TOrganisationInput> {
  const before = orgValuesToInput(original) as unknown as Record<string, unknown>;
  const after = orgValuesToInput(current) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(after)) if (before[k] !== after[k]) out[k] = after[k];
  return out as Partial<TOrganisationInput>;
}
