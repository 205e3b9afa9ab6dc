import { z } from 'zod';
import { ENTERPRISE_STATUSES, LIMITS, MEMBERSHIP_ROLES, ORGANISATION_TYPES, SME_CATEGORIES } from '../common';
import { PSO_LEVELS } from '../../domain/dma/module1';

/** Figures of one accounting year: staff in annual work units, amounts in EUR. */
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

export const ZSmeReason = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

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

export const ZOwnershipLink = z.object({
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
export const ZPendingOwnershipLink = z.object({
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

export const ZContact = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  consent: z.boolean(),
  consentAt: z.string().nullable(),
});

/** What the actor may do with one organisation, so the web app shows only that. */
export const ZOrganisationAbilities = z.object({
  update: z.boolean(),
  manageFigures: z.boolean(),
  manageContacts: z.boolean(),
  manageOwnership: z.boolean(),
  manageMembers: z.boolean(),
  setPartner: z.boolean(),
  delete: z.boolean(),
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
  contacts: z.array(ZContact),
  ownership: z.object({
    owners: z.array(ZOwnershipLink),
    holdings: z.array(ZOwnershipLink),
    pending: z.array(ZPendingOwnershipLink),
  }),
  members: z.array(
    z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(MEMBERSHIP_ROLES) }),
  ),
  sme: ZSmeAssessment.extend({
    partners: z.array(z.object({ id: z.string(), share: z.number() })),
    linked: z.array(z.string()),
  }),
  singleUndertaking: z.array(z.object({ id: z.string(), name: z.string() })),
  abilities: ZOrganisationAbilities,
});

/** One hit of the organisation lookup (the other side of an ownership link, a request's organisation). */
export const ZLookupItem = z.object({ id: z.string(), legalNameBg: z.string(), eik: z.string().nullable() });

export const CLAIM_STATUSES = ['pending', 'confirmed', 'rejected'] as const;
export type TClaimStatus = (typeof CLAIM_STATUSES)[number];

/** A registration under a public-register EIK that staff confirm before the claimant becomes the owner. */
export const ZClaim = z.object({
  id: z.string(),
  organisationId: z.string().nullable(),
  eik: z.string(),
  legalNameBg: z.string(),
  status: z.enum(CLAIM_STATUSES),
  claimantName: z.string(),
  claimantEmail: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});

const optionalText = (max: number) => z.string().trim().max(max).nullish();

/**
 * The organisation form's fields. The API's body schema (src/modules/organisations/organisation-input.ts) narrows
 * `website` to http(s) addresses; everything else is this.
 */
export const ZOrganisationFields = z.object({
  legalNameBg: z.string().trim().min(2, 'at least 2 characters').max(LIMITS.nameMax),
  legalNameEn: optionalText(LIMITS.nameMax),
  type: z.enum(ORGANISATION_TYPES),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'a two-letter ISO country code')
    .default('BG'),
  eik: optionalText(20),
  foreignRegistrationNo: optionalText(50),
  vat: optionalText(20),
  street: optionalText(LIMITS.nameMax),
  city: optionalText(100),
  postcode: optionalText(20),
  oblast: optionalText(10),
  sector: optionalText(60),
  /** An enterprise's second sector (DMA Module 1), from the same list as `sector`. */
  secondarySector: optionalText(60),
  /** A public-sector organisation's kind of authority (DMA Module 1). */
  psoLevel: z.enum(PSO_LEVELS).nullish(),
  /** The EU Participant Identification Code: nine digits (spaces allowed). */
  pic: optionalText(20),
  naceCode: optionalText(10),
  website: z.string().trim().max(300).nullish(),
  foundationYear: z.number().int().min(1800).max(2100).nullish(),
});

/** Reference data of the registry form: a name in both languages. */

const ZFiguresList = z
  .array(
    ZYearFigures.extend({
      year: z.number().int().min(1900).max(2100),
      staff: z.number().min(0),
      turnover: z.number().min(0),
      balanceSheet: z.number().min(0),
    }),
  )
  .max(20)
  .refine((list) => new Set(list.map((f) => f.year)).size === list.length, 'each year at most once');

/** The SME self-check (no account, nothing stored): own figures and the holdings in and of other enterprises. */
export const ZSmeSelfCheck = z.object({
  figures: ZFiguresList.min(1, 'at least one accounting year'),
  links: z
    .array(
      z.object({
        relation: z.enum(['owns', 'owned_by']),
        name: z.string().max(300).optional(),
        capitalShare: z.number().min(0).max(100, 'a share is at most 100 %'),
        votingShare: z.number().min(0).max(100, 'a share is at most 100 %'),
        boardControl: z.boolean().default(false),
        dominantInfluence: z.boolean().default(false),
        votingAgreement: z.boolean().default(false),
        isPublicBody: z.boolean().default(false),
        figures: ZFiguresList.default([]),
      }),
    )
    .max(50)
    .default([]),
});

export type TYearFigures = z.infer<typeof ZYearFigures>;
export type TOrganisationSummary = z.infer<typeof ZOrganisationSummary>;
export type TSmeReason = z.infer<typeof ZSmeReason>;
export type TSmeAssessment = z.infer<typeof ZSmeAssessment>;
export type TOwnershipLink = z.infer<typeof ZOwnershipLink>;
export type TPendingOwnershipLink = z.infer<typeof ZPendingOwnershipLink>;
export type TContact = z.infer<typeof ZContact>;
export type TOrganisationAbilities = z.infer<typeof ZOrganisationAbilities>;
export type TOrganisationDetail = z.infer<typeof ZOrganisationDetail>;
export type TLookupItem = z.infer<typeof ZLookupItem>;
export type TClaim = z.infer<typeof ZClaim>;
/** The organisation form as the API accepts it. */
export type TOrganisationInput = z.input<typeof ZOrganisationFields>;
/** One holding in the SME self-check, as the web form sends it. */
export type TSmeLinkInput = z.input<typeof ZSmeSelfCheck>['links'] extends (infer L)[] | undefined ? L : never;
