import { z } from 'zod';
import { ENTERPRISE_TYPES } from '../../contract/common';
import { ZOrganisationFields } from '../../contract/organisations';
import { PIC_PATTERN } from '../../domain/dma/module1';
import { checkEik } from '../../domain/eik';
import { findOblast, NUTS_VERSION } from '../../domain/regions';
import { isSectorAllowed, normaliseNace } from '../../domain/sectors';
import { fieldError } from '../../platform/errors';
import { ZWebUrl } from '../../platform/http/schemas';

/** The organisation form, as the API accepts it: the contract's fields with `website` limited to http(s). */
export const ZOrganisationInput = ZOrganisationFields.extend({ website: ZWebUrl(300).nullish() });
export type TOrganisationInput = z.input<typeof ZOrganisationInput>;

/** A partial change: no defaults, so an absent field keeps its stored value. */
export const ZOrganisationPatch = ZOrganisationInput.extend({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'a two-letter ISO country code'),
}).partial();
export type TOrganisationFields = z.output<typeof ZOrganisationInput>;

/** The stored form of an organisation's own fields after the registry's rules. */
export interface TNormalisedOrganisation {
  legalNameBg: string;
  legalNameEn: string | null;
  type: TOrganisationFields['type'];
  country: string;
  eik: string | null;
  foreignRegistrationNo: string | null;
  vat: string | null;
  street: string | null;
  city: string | null;
  postcode: string | null;
  oblast: string | null;
  nuts2: string | null;
  nutsVersion: string | null;
  sector: string | null;
  secondarySector: string | null;
  psoLevel: TOrganisationFields['psoLevel'] | null;
  pic: string | null;
  naceCode: string | null;
  website: string | null;
  foundationYear: number | null;
}

const orNull = (v: string | null | undefined) => (v === undefined || v === null || v === '' ? null : v);

/**
 * Applies the registry's rules (state-aid.md): a Bulgarian organisation has a valid EIK and a known
 * oblast, from which NUTS3/NUTS2 follow; a foreign one gives its own registration number. DMA Module 1
 * (dma.md): a secondary sector only for enterprises, from the DMA list and not the primary one again; the
 * kind of authority only for public-sector organisations; a PIC of nine digits. Throws a 400 naming the
 * field. Pure: no database.
 */
export function normaliseOrganisation(input: TOrganisationFields, currentYear: number): TNormalisedOrganisation {
  const isBg = input.country === 'BG';
  let eik: string | null = null;
  let vat = orNull(input.vat);
  if (isBg) {
    if (!orNull(input.eik)) throw fieldError('eik', 'EIK/BULSTAT is required for a Bulgarian organisation', 'required');
    const checked = checkEik(input.eik!);
    if (!checked.valid) throw fieldError('eik', `EIK/BULSTAT "${input.eik}" fails its checksum`, 'checksum');
    eik = checked.normalised;
    if (vat) {
      const v = vat.replace(/\s+/g, '').toUpperCase();
      const vatEik = checkEik(v);
      if (!/^BG\d{9,10}$/.test(v) || !vatEik.valid)
        throw fieldError('vat', 'A Bulgarian VAT number is BG followed by a valid EIK', 'format');
      vat = v;
    }
  } else if (!orNull(input.foreignRegistrationNo) && !vat) {
    throw fieldError(
      'foreignRegistrationNo',
      'A foreign organisation gives its registration or VAT number',
      'required',
    );
  }
  let nuts2: string | null = null;
  let oblast: string | null = null;
  if (isBg) {
    if (!orNull(input.oblast))
      throw fieldError('oblast', 'The oblast is required for a Bulgarian organisation', 'required');
    const found = findOblast(input.oblast!.toUpperCase());
    if (!found) throw fieldError('oblast', `Unknown oblast "${input.oblast}"`, 'unknown');
    oblast = found.code;
    nuts2 = found.nuts2;
  } else if (orNull(input.oblast)) {
    // Other EU countries: a free NUTS code for now.
    oblast = input.oblast!.toUpperCase();
  }
  const sector = orNull(input.sector);
  if (sector && !isSectorAllowed(sector, input.type)) {
    throw fieldError('sector', `Sector "${sector}" does not apply to this type of organisation`, 'unknown');
  }
  const secondarySector = orNull(input.secondarySector);
  if (secondarySector) {
    if (!ENTERPRISE_TYPES.includes(input.type))
      throw fieldError('secondarySector', 'A secondary sector applies to enterprises only', 'unknown');
    if (!isSectorAllowed(secondarySector, input.type))
      throw fieldError('secondarySector', `Sector "${secondarySector}" is not a sector of the DMA list`, 'unknown');
    if (secondarySector === sector)
      throw fieldError('secondarySector', 'The secondary sector repeats the primary sector', 'invalid');
  }
  const psoLevel = input.psoLevel ?? null;
  if (psoLevel && input.type !== 'pso')
    throw fieldError('psoLevel', 'The kind of authority applies to public-sector organisations only', 'unknown');
  let pic: string | null = null;
  if (orNull(input.pic)) {
    pic = input.pic!.replace(/\s+/g, '');
    if (!PIC_PATTERN.test(pic))
      throw fieldError('pic', 'A PIC (Participant Identification Code) is nine digits', 'format');
  }
  let naceCode: string | null = null;
  if (orNull(input.naceCode)) {
    naceCode = normaliseNace(input.naceCode!);
    if (!naceCode) throw fieldError('naceCode', `"${input.naceCode}" is not a NACE Rev.2 code`, 'format');
  }
  if (input.foundationYear && input.foundationYear > currentYear) {
    throw fieldError('foundationYear', 'The foundation year is in the future', 'range');
  }
  return {
    legalNameBg: input.legalNameBg,
    legalNameEn: orNull(input.legalNameEn),
    type: input.type,
    country: input.country,
    eik,
    foreignRegistrationNo: isBg ? null : orNull(input.foreignRegistrationNo),
    vat,
    street: orNull(input.street),
    city: orNull(input.city),
    postcode: orNull(input.postcode),
    oblast,
    nuts2,
    nutsVersion: isBg ? NUTS_VERSION : null,
    sector,
    secondarySector,
    psoLevel,
    pic,
    naceCode,
    website: orNull(input.website),
    foundationYear: input.foundationYear ?? null,
  };
}
