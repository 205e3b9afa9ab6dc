import type { TServiceDetail, TServicePartner, TServiceSummary } from '../../contract/services';
import type { TServiceAbilities } from './policy';

import type { TServiceRow } from './repo';

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
export function presentServiceDetail(
  row: TServiceRow,
  partners: TServicePartner[],
  abilities: TServiceAbilities,
): TServiceDetail {
  return {
    ...presentServiceSummary(row, partners),
    gberArticle: row.gberArticle,
    noAidReason: row.noAidReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}
