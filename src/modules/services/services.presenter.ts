import { z } from 'zod';
import { ORGANISATION_TYPES } from '../../contract/common';
import type { services } from '../../platform/db/schema';
import { AID_BASES, SERVICE_FAMILIES, TECHNOLOGY_AREAS, VALUE_UNITS } from './service-enums';
import type { TServiceAbilities } from './services.policy';

type TServiceRow = typeof services.$inferSelect;

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
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  abilities: z.object({ create: z.boolean(), viewUnpublished: z.boolean() }),
});

/** The list shape of a service: never the raw row. */
export function presentServiceSummary(row: TServiceRow, partners: TServicePartner[]): TServiceSummary {
  return {
    id: row.id,
    slug: row.slug,
    family: row.family as TServiceSummary['family'],
    titleBg: row.titleBg,
    titleEn: row.titleEn,
    descriptionBg: row.descriptionBg,
    descriptionEn: row.descriptionEn,
    technologies: row.technologies as TServiceSummary['technologies'],
    customerTypes: row.customerTypes as TServiceSummary['customerTypes'],
    sectors: row.sectors,
    marketValueCents: row.marketValueCents,
    valueUnit: row.valueUnit as TServiceSummary['valueUnit'],
    priceCents: row.priceCents,
    aidBasis: row.aidBasis as TServiceSummary['aidBasis'],
    published: row.published,
    partners,
  };
}

/** The page shape of a service, with what the actor may do with it. */
export function presentServiceDetail(row: TServiceRow, partners: TServicePartner[], abilities: TServiceAbilities): TServiceDetail {
  return {
    ...presentServiceSummary(row, partners),
    gberArticle: row.gberArticle,
    noAidReason: row.noAidReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}
