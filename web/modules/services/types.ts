/** Response shapes of the service catalogue API (src/modules/services/services.presenter.ts). */
import type { TOrganisationType } from '../../../src/contract/common';
import type { TAidBasis, TServiceFamily, TTechnologyArea, TValueUnit } from '../../../src/modules/services/service-enums';

export interface TServicePartner {
  id: string;
  legalNameBg: string;
  legalNameEn: string | null;
  website: string | null;
}

export interface TServiceSummary {
  id: string;
  slug: string;
  family: TServiceFamily;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  technologies: TTechnologyArea[];
  customerTypes: TOrganisationType[];
  sectors: string[];
  marketValueCents: number;
  valueUnit: TValueUnit;
  priceCents: number;
  aidBasis: TAidBasis;
  published: boolean;
  partners: TServicePartner[];
}

export interface TServiceDetail extends TServiceSummary {
  gberArticle: string | null;
  noAidReason: string | null;
  createdAt: string;
  updatedAt: string;
  abilities: { update: boolean; publish: boolean; delete: boolean };
  /** GET /services/:slug by a former slug: the current one (the page moves there). */
  redirectTo?: string | null;
}

export interface TServicePage {
  items: TServiceSummary[];
  total: number;
  page: number;
  pageSize: number;
  abilities: { create: boolean; viewUnpublished: boolean };
}

/** What the service input API accepts (money in euro cents). */
export interface TServiceInput {
  slug?: string;
  family: TServiceFamily;
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  technologies: TTechnologyArea[];
  customerTypes: TOrganisationType[];
  sectors: string[];
  partnerIds: string[];
  marketValueCents: number;
  valueUnit: TValueUnit;
  priceCents: number;
  aidBasis: TAidBasis;
  gberArticle: string | null;
  noAidReason: string | null;
  published: boolean;
}
