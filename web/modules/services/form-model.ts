/** The service form: its string values, the checks made before sending, and the API input they become. */
import type { TOrganisationType } from '../../../src/contract/common';
import {
  SERVICE_LIMITS,
  SLUG_PATTERN,
  type TAidBasis,
  type TServiceFamily,
  type TTechnologyArea,
  type TValueUnit,
} from '../../../src/contract/services/enums';
import { isReservedSlug, publicationProblem } from '../../../src/domain/services/catalogue-rules';
import { centsToInput, parseEuros } from './money';
import type { TServiceDetail, TServiceBody as TServiceInput } from '../../../src/contract/services';

export interface TServiceValues {
  slug: string;
  family: TServiceFamily | '';
  titleBg: string;
  titleEn: string;
  descriptionBg: string;
  descriptionEn: string;
  technologies: TTechnologyArea[];
  customerTypes: TOrganisationType[];
  sectors: string[];
  partnerIds: string[];
  marketValue: string;
  valueUnit: TValueUnit;
  price: string;
  aidBasis: TAidBasis;
  gberArticle: string;
  noAidReason: string;
  published: boolean;
}

/** The fields in form order: the first with a problem gets the focus. */
export const SERVICE_FIELDS = [
  'slug',
  'family',
  'titleBg',
  'titleEn',
  'descriptionBg',
  'descriptionEn',
  'technologies',
  'customerTypes',
  'sectors',
  'partnerIds',
  'marketValue',
  'valueUnit',
  'price',
  'aidBasis',
  'gberArticle',
  'noAidReason',
] as const;
export type TServiceField = (typeof SERVICE_FIELDS)[number];

/** Problem codes, translated under services.form.problems. */
export type TServiceProblem =
  'required' | 'tooShort' | 'tooLong' | 'slugFormat' | 'slugReserved' | 'money' | 'priceAboveValue' | 'partnerRequired';

export function emptyServiceValues(): TServiceValues {
  return {
    slug: '',
    family: '',
    titleBg: '',
    titleEn: '',
    descriptionBg: '',
    descriptionEn: '',
    technologies: [],
    customerTypes: [],
    sectors: [],
    partnerIds: [],
    marketValue: '',
    valueUnit: 'fixed',
    price: '0',
    aidBasis: 'de_minimis',
    gberArticle: '',
    noAidReason: '',
    published: false,
  };
}

export function serviceValuesFromDetail(s: TServiceDetail): TServiceValues {
  return {
    slug: s.slug,
    family: s.family,
    titleBg: s.titleBg,
    titleEn: s.titleEn,
    descriptionBg: s.descriptionBg,
    descriptionEn: s.descriptionEn,
    technologies: [...s.technologies],
    customerTypes: [...s.customerTypes],
    sectors: [...s.sectors],
    partnerIds: s.partners.map((p) => p.id),
    marketValue: centsToInput(s.marketValueCents),
    valueUnit: s.valueUnit,
    price: centsToInput(s.priceCents),
    aidBasis: s.aidBasis,
    gberArticle: s.gberArticle ?? '',
    noAidReason: s.noAidReason ?? '',
    published: s.published,
  };
}

function textProblem(value: string, min: number, max: number): TServiceProblem | null {
  const v = value.trim();
  if (!v) return 'required';
  if (v.length < min) return 'tooShort';
  if (v.length > max) return 'tooLong';
  return null;
}

/** The same rules the API applies, so most mistakes are shown before sending. Pure. */
export function validateServiceValues(v: TServiceValues): Partial<Record<TServiceField, TServiceProblem>> {
  const out: Partial<Record<TServiceField, TServiceProblem>> = {};
  const put = (field: TServiceField, problem: TServiceProblem | null) => {
    if (problem) out[field] = problem;
  };
  const slug = v.slug.trim().toLowerCase();
  if (slug && (!SLUG_PATTERN.test(slug) || slug.length > SERVICE_LIMITS.slugMax)) put('slug', 'slugFormat');
  else if (slug && isReservedSlug(slug)) put('slug', 'slugReserved');
  if (!v.family) put('family', 'required');
  put('titleBg', textProblem(v.titleBg, 3, SERVICE_LIMITS.titleMax));
  put('titleEn', textProblem(v.titleEn, 3, SERVICE_LIMITS.titleMax));
  put('descriptionBg', textProblem(v.descriptionBg, 10, SERVICE_LIMITS.descriptionMax));
  put('descriptionEn', textProblem(v.descriptionEn, 10, SERVICE_LIMITS.descriptionMax));
  const value = parseEuros(v.marketValue);
  const price = parseEuros(v.price.trim() === '' ? '0' : v.price);
  if (!v.marketValue.trim()) put('marketValue', 'required');
  else if (value === null || value > SERVICE_LIMITS.moneyMaxCents) put('marketValue', 'money');
  if (price === null || price > SERVICE_LIMITS.moneyMaxCents) put('price', 'money');
  else if (value !== null && price > value) put('price', 'priceAboveValue');
  if (v.aidBasis === 'gber') put('gberArticle', textProblem(v.gberArticle, 1, SERVICE_LIMITS.gberArticleMax));
  if (v.aidBasis === 'none') put('noAidReason', textProblem(v.noAidReason, 1, SERVICE_LIMITS.noAidReasonMax));
  // Requests for a published service are assigned to a delivering partner's expert (src/domain/services/catalogue-rules.ts).
  if (publicationProblem({ published: v.published, partnerCount: v.partnerIds.length }))
    put('partnerIds', 'partnerRequired');
  return out;
}

/** The API input for valid values (call validateServiceValues first). An empty slug is left to the server. */
export function serviceValuesToInput(v: TServiceValues): TServiceInput {
  const slug = v.slug.trim().toLowerCase();
  return {
    ...(slug ? { slug } : {}),
    family: v.family as TServiceFamily,
    titleBg: v.titleBg.trim(),
    titleEn: v.titleEn.trim(),
    descriptionBg: v.descriptionBg.trim(),
    descriptionEn: v.descriptionEn.trim(),
    technologies: v.technologies,
    customerTypes: v.customerTypes,
    sectors: v.sectors,
    partnerIds: v.partnerIds,
    marketValueCents: parseEuros(v.marketValue) ?? 0,
    valueUnit: v.valueUnit,
    priceCents: parseEuros(v.price.trim() === '' ? '0' : v.price) ?? 0,
    aidBasis: v.aidBasis,
    gberArticle: v.aidBasis === 'gber' ? v.gberArticle.trim() : null,
    noAidReason: v.aidBasis === 'none' ? v.noAidReason.trim() : null,
    published: v.published,
  };
}

/** The form field an API field error belongs to (money is sent in cents under other names). */
export function formFieldOf(apiField: string): TServiceField | null {
  const name = apiField.split('.')[0];
  if (name === 'marketValueCents') return 'marketValue';
  if (name === 'priceCents') return 'price';
  return (SERVICE_FIELDS as readonly string[]).includes(name) ? (name as TServiceField) : null;
}
