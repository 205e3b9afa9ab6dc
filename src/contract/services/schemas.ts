import { z } from 'zod';
import { ZPageTotal, ZUuid } from '../schemas';
import { ORGANISATION_TYPES } from '../common';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../domain/sectors';
import { AID_BASES, SERVICE_FAMILIES, SERVICE_LIMITS, SLUG_PATTERN, TECHNOLOGY_AREAS, VALUE_UNITS } from './enums';

/** What the service catalogue API accepts and answers: shared by the server (validation, OpenAPI) and the web app. */

const SECTOR_IDS = [...ENTERPRISE_SECTORS, ...PUBLIC_SECTORS].map((s) => s.id) as [string, ...string[]];

/** A set given as an array: duplicates are dropped, order kept. */
const setOf = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((list) => [...new Set(list)] as z.output<T>[]);

const money = z.number().int('whole cents').min(0, 'not negative').max(SERVICE_LIMITS.moneyMaxCents);
const text = (min: number, max: number) => z.string().trim().min(min, `at least ${min} characters`).max(max);

/** A catalogue service as the API accepts it (money in euro cents). */
export const ZServiceInput = z.object({
  /** Optional on create: generated from the English title. */
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(SERVICE_LIMITS.slugMax)
    .regex(SLUG_PATTERN, 'lower-case letters, digits and single hyphens')
    .optional(),
  family: z.enum(SERVICE_FAMILIES),
  titleBg: text(3, SERVICE_LIMITS.titleMax),
  titleEn: text(3, SERVICE_LIMITS.titleMax),
  descriptionBg: text(10, SERVICE_LIMITS.descriptionMax),
  descriptionEn: text(10, SERVICE_LIMITS.descriptionMax),
  technologies: setOf(z.enum(TECHNOLOGY_AREAS), TECHNOLOGY_AREAS.length).default([]),
  customerTypes: setOf(z.enum(ORGANISATION_TYPES), ORGANISATION_TYPES.length).default([]),
  sectors: setOf(z.enum(SECTOR_IDS), SECTOR_IDS.length).default([]),
  partnerIds: setOf(ZUuid, SERVICE_LIMITS.partnersMax).default([]),
  marketValueCents: money,
  valueUnit: z.enum(VALUE_UNITS),
  priceCents: money.default(0),
  aidBasis: z.enum(AID_BASES),
  gberArticle: z.string().trim().max(SERVICE_LIMITS.gberArticleMax).nullish(),
  noAidReason: z.string().trim().max(SERVICE_LIMITS.noAidReasonMax).nullish(),
  published: z.boolean().default(false),
});
export type TServiceInput = z.output<typeof ZServiceInput>;

/** A partial change: no defaults, so an absent field keeps its stored value. */
export const ZServicePatch = z
  .object({
    ...ZServiceInput.shape,
    slug: ZServiceInput.shape.slug.unwrap(),
    technologies: setOf(z.enum(TECHNOLOGY_AREAS), TECHNOLOGY_AREAS.length),
    customerTypes: setOf(z.enum(ORGANISATION_TYPES), ORGANISATION_TYPES.length),
    sectors: setOf(z.enum(SECTOR_IDS), SECTOR_IDS.length),
    partnerIds: setOf(ZUuid, SERVICE_LIMITS.partnersMax),
    priceCents: money,
    published: z.boolean(),
  })
  .partial();
export type TServicePatch = z.output<typeof ZServicePatch>;

export const ZServicePartner = z.object({
  id: z.string(),
  legalNameBg: z.string(),
  legalNameEn: z.string().nullable(),
  website: z.string().nullable(),
});
export type TServicePartner = z.infer<typeof ZServicePartner>;

export const ZServiceSummary = z.object({
  id: z.string(),
  slug: z.string(),
  family: z.enum(SERVICE_FAMILIES),
  titleBg: z.string(),
  titleEn: z.string(),
  descriptionBg: z.string(),
  descriptionEn: z.string(),
  technologies: z.array(z.enum(TECHNOLOGY_AREAS)),
  customerTypes: z.array(z.enum(ORGANISATION_TYPES)),
  sectors: z.array(z.string()),
  marketValueCents: z.number().int(),
  valueUnit: z.enum(VALUE_UNITS),
  priceCents: z.number().int(),
  aidBasis: z.enum(AID_BASES),
  published: z.boolean(),
  partners: z.array(ZServicePartner),
});
export type TServiceSummary = z.infer<typeof ZServiceSummary>;

export const ZServiceDetail = ZServiceSummary.extend({
  gberArticle: z.string().nullable(),
  noAidReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ update: z.boolean(), publish: z.boolean(), delete: z.boolean() }),
});
export type TServiceDetail = z.infer<typeof ZServiceDetail>;

export const ZServicePage = z.object({
  items: z.array(ZServiceSummary),
  ...ZPageTotal,
  page: z.number().int(),
  pageSize: z.number().int(),
  abilities: z.object({ create: z.boolean(), viewUnpublished: z.boolean() }),
});

export type TServicePage = z.infer<typeof ZServicePage>;

/** GET /services/:slug: the service, and its current slug when asked by a former one (the page moves there). */
export const ZServiceBySlug = ZServiceDetail.extend({ redirectTo: z.string().nullable() });
export type TServiceBySlug = z.infer<typeof ZServiceBySlug>;

/** What the web app's service form sends: every field but the slug, which the server makes when it is left out. */
export type TServiceBody = Omit<Required<z.input<typeof ZServiceInput>>, 'slug'> & { slug?: string };
