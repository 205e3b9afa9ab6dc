/** Module 1 of the DMA: the customer data snapshotted onto each assessment (dma.md). Pure. */
import type { TQuestionnaireId } from './questionnaires';

export const SME_STAFF_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export const PSO_STAFF_BANDS = ['small', 'medium', 'large'] as const;
export type TStaffBand = (typeof SME_STAFF_BANDS)[number];

/** The kind of public authority (PSO Module 1): national, regional, municipal or other. */
export const PSO_LEVELS = ['national', 'regional', 'municipal', 'other'] as const;
export type TPsoLevel = (typeof PSO_LEVELS)[number];

/** The EU Participant Identification Code: nine digits. */
export const PIC_PATTERN = /^\d{9}$/;

/** The DMA staff band: enterprises micro 1–9, small 10–49, medium 50–249, large 250+; PSOs small 0–49, medium, large. */
export function staffBand(questionnaire: TQuestionnaireId, staff: number | null | undefined): TStaffBand | null {
  if (staff === null || staff === undefined || !Number.isFinite(staff) || staff < 0) return null;
  if (staff >= 250) return 'large';
  if (staff >= 50) return 'medium';
  if (questionnaire === 'pso' || staff >= 10) return 'small';
  return 'micro';
}

export interface TModule1Source {
  name: string;
  eik: string | null;
  foreignRegistrationNo: string | null;
  organisationType: string;
  website: string | null;
  foundationYear: number | null;
  street: string | null;
  city: string | null;
  postcode: string | null;
  oblast: string | null;
  nuts2: string | null;
  sector: string | null;
  /** An enterprise's optional second sector (same list as `sector`). */
  secondarySector: string | null;
  /** Public-sector organisations: the kind of authority. */
  psoLevel: string | null;
  /** The EU Participant Identification Code, when the organisation has one. */
  pic: string | null;
  /** Staff (annual work units) of the latest year on record. */
  latestStaff: number | null;
  contact: { name: string; email: string | null } | null;
}

export type TModule1 = Record<string, string | number | null>;

/**
 * The keys of a snapshot, in the order the JRC form lists them: psoLevel and pic for public-sector
 * organisations only, secondarySector for enterprises (the SME questionnaire) only.
 */
export const MODULE1_KEYS: readonly string[] = [
  'name',
  'eik',
  'organisationType',
  'psoLevel',
  'pic',
  'website',
  'foundationYear',
  'staff',
  'staffBand',
  'address',
  'oblast',
  'nuts2',
  'sector',
  'secondarySector',
  'contact',
];

/** Builds the snapshot stored with a submitted assessment. */
export function buildModule1(questionnaire: TQuestionnaireId, src: TModule1Source): TModule1 {
  const address = [src.street, src.postcode, src.city].filter((p) => p && p.trim()).join(', ') || null;
  const base: TModule1 = {
    name: src.name,
    eik: src.eik ?? src.foreignRegistrationNo,
    organisationType: src.organisationType,
    website: src.website,
    foundationYear: src.foundationYear,
    staff: src.latestStaff,
    staffBand: staffBand(questionnaire, src.latestStaff),
    address,
    oblast: src.oblast,
    nuts2: src.nuts2,
    sector: src.sector,
    contact: src.contact
      ? [src.contact.name, src.contact.email].filter(Boolean).join(' <') + (src.contact.email ? '>' : '')
      : null,
  };
  if (questionnaire === 'pso') return { ...base, psoLevel: src.psoLevel, pic: src.pic };
  return { ...base, secondarySector: src.secondarySector };
}
