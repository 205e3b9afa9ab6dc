import { z } from 'zod';
import { ORGANISATION_TYPES } from '../../contract/common';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../domain/sectors';
import { AppError } from '../../platform/errors';
import { AID_BASES, SERVICE_FAMILIES, SERVICE_LIMITS, SLUG_PATTERN, TECHNOLOGY_AREAS, VALUE_UNITS } from './service-enums';

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
  partnerIds: setOf(z.string().uuid('must be a UUID'), SERVICE_LIMITS.partnersMax).default([]),
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
    partnerIds: setOf(z.string().uuid('must be a UUID'), SERVICE_LIMITS.partnersMax),
    priceCents: money,
    published: z.boolean(),
  })
  .partial();
export type TServicePatch = z.output<typeof ZServicePatch>;

/** The stored columns a service's own fields become (partners are kept apart). */
export type TServiceFields = Omit<TServiceInput, 'slug' | 'partnerIds' | 'gberArticle' | 'noAidReason'> & {
  gberArticle: string | null;
  noAidReason: string | null;
};

const blank = (v: string | null | undefined) => !v || v.trim() === '';

/**
 * The rules that span fields, for a whole service (create, or stored values merged with a change):
 * a GBER service names its article, a no-aid service its reason, and the price does not exceed the
 * market value (aid = value − price cannot be negative). All problems in one 400. Pure.
 */
export function normaliseService(input: Omit<TServiceInput, 'slug' | 'partnerIds'>): TServiceFields {
  const fields: { field: string; code: string; message: string }[] = [];
  if (input.aidBasis === 'gber' && blank(input.gberArticle)) {
    fields.push({ field: 'gberArticle', code: 'required', message: 'A GBER service names its article, e.g. "Art. 28"' });
  }
  if (input.aidBasis === 'none' && blank(input.noAidReason)) {
    fields.push({ field: 'noAidReason', code: 'required', message: 'Say why the service is no state aid' });
  }
  if (input.priceCents > input.marketValueCents) {
    fields.push({ field: 'priceCents', code: 'range', message: 'The price cannot exceed the market value' });
  }
  if (fields.length) throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
  return {
    family: input.family,
    titleBg: input.titleBg,
    titleEn: input.titleEn,
    descriptionBg: input.descriptionBg,
    descriptionEn: input.descriptionEn,
    technologies: input.technologies,
    customerTypes: input.customerTypes,
    sectors: input.sectors,
    marketValueCents: input.marketValueCents,
    valueUnit: input.valueUnit,
    priceCents: input.priceCents,
    aidBasis: input.aidBasis,
    // Only the field that belongs to the chosen basis is kept, so switching basis leaves no stale text.
    gberArticle: input.aidBasis === 'gber' ? input.gberArticle!.trim() : null,
    noAidReason: input.aidBasis === 'none' ? input.noAidReason!.trim() : null,
    published: input.published,
  };
}
