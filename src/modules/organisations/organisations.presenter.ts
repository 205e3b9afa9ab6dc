import { z } from 'zod';
import { ENTERPRISE_STATUSES, MEMBERSHIP_ROLES, ORGANISATION_TYPES, SME_CATEGORIES } from '../../contract/common';
import type { organisations } from '../../platform/db/schema';
import { PSO_LEVELS } from '../../domain/dma/module1';

type TOrganisationRow = typeof organisations.$inferSelect;

export const ZYearFigures = z.object({
  year: z.number().int(),
  staff: z.number(),
  turnover: z.number(),
  balanceSheet: z.number(),
});

export const ZOrganisationSummary = z.object({
  id: z.string(),
  legalNameBg: z.string(),
  legalNameEn: z.string().nullable(),
  type: z.enum(ORGANISATION_TYPES),
  country: z.string(),
  eik: z.string().nullable(),
  city: z.string().nullable(),
  oblast: z.string().nullable(),
  nuts2: z.string().nullable(),
  sector: z.string().nullable(),
  isPartner: z.boolean(),
  createdAt: z.string(),
});

export const ZSmeReason = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });

export const ZSmeAssessment = z.object({
  category: z.enum(SME_CATEGORIES).nullable(),
  isSme: z.boolean(),
  status: z.enum(ENTERPRISE_STATUSES),
  publicBodyExcluded: z.boolean(),
  publicBodyShare: z.number(),
  aggregated: z.array(ZYearFigures),
  restsOnYears: z.array(z.number().int()),
  perYear: z.array(z.object({ year: z.number().int(), category: z.enum(SME_CATEGORIES) })),
  reasons: z.array(ZSmeReason),
});

const ZLink = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownedId: z.string(),
  ownerName: z.string(),
  ownedName: z.string(),
  capitalShare: z.number(),
  votingShare: z.number(),
  boardControl: z.boolean(),
  dominantInfluence: z.boolean(),
  votingAgreement: z.boolean(),
  relation: z.enum(['partner', 'linked', 'none']),
});

/** A link waiting for the other side's consent; it counts nowhere until confirmed. */
const ZPendingLink = z.object({
  id: z.string(),
  ownerId: z.string(),
  ownedId: z.string(),
  /** Null when the viewer may not see the other organisation and it has not asked for the link itself. */
  ownerName: z.string().nullable(),
  ownedName: z.string().nullable(),
  capitalShare: z.number(),
  votingShare: z.number(),
  boardControl: z.boolean(),
  dominantInfluence: z.boolean(),
  votingAgreement: z.boolean(),
  status: z.literal('pending'),
  /** `outgoing`: this organisation's side asked; `incoming`: the other side asked and waits for this one. */
  direction: z.enum(['incoming', 'outgoing']),
  requestedAt: z.string(),
  canConfirm: z.boolean().describe('May confirm or decline it (the side that did not ask, or staff)'),
  canWithdraw: z.boolean().describe('May withdraw it (the side that asked, or staff)'),
});

export const ZOrganisationDetail = ZOrganisationSummary.extend({
  foreignRegistrationNo: z.string().nullable(),
  vat: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  secondarySector: z.string().nullable().describe('Enterprises: a second sector of the DMA list (DMA Module 1)'),
  psoLevel: z.enum(PSO_LEVELS).nullable().describe('Public-sector organisations: the kind of authority (DMA Module 1)'),
  pic: z.string().nullable().describe('The EU Participant Identification Code (nine digits)'),
  naceCode: z.string().nullable(),
  website: z.string().nullable(),
  foundationYear: z.number().int().nullable(),
  nutsVersion: z.string().nullable(),
  updatedAt: z.string(),
  figures: z.array(ZYearFigures),
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      consent: z.boolean(),
      consentAt: z.string().nullable(),
    }),
  ),
  ownership: z.object({ owners: z.array(ZLink), holdings: z.array(ZLink), pending: z.array(ZPendingLink) }),
  members: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(MEMBERSHIP_ROLES) })),
  sme: ZSmeAssessment.extend({ partners: z.array(z.object({ id: z.string(), share: z.number() })), linked: z.array(z.string()) }),
  singleUndertaking: z.array(z.object({ id: z.string(), name: z.string() })),
  abilities: z.object({
    update: z.boolean(),
    manageFigures: z.boolean(),
    manageContacts: z.boolean(),
    manageOwnership: z.boolean(),
    manageMembers: z.boolean(),
    setPartner: z.boolean(),
    delete: z.boolean(),
  }),
});

export type TOrganisationSummary = z.infer<typeof ZOrganisationSummary>;
export type TOrganisationDetail = z.infer<typeof ZOrganisationDetail>;

/** The list shape of an organisation: never the raw row. */
export function presentOrganisationSummary(
  row: Pick<TOrganisationRow, keyof Omit<TOrganisationSummary, 'createdAt'>> & { createdAt: Date },
): TOrganisationSummary {
  return {
    id: row.id,
    legalNameBg: row.legalNameBg,
    legalNameEn: row.legalNameEn,
    type: row.type as TOrganisationSummary['type'],
    country: row.country,
    eik: row.eik,
    city: row.city,
    oblast: row.oblast,
    nuts2: row.nuts2,
    sector: row.sector,
    isPartner: row.isPartner,
    createdAt: row.createdAt.toISOString(),
  };
}
