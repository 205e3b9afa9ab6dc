import { AppError } from '../../platform/errors';
import type { TServiceInput } from '../../contract/services';

export { ZServiceInput, ZServicePatch, type TServiceInput, type TServicePatch } from '../../contract/services';

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
    fields.push({
      field: 'gberArticle',
      code: 'required',
      message: 'A GBER service names its article, e.g. "Art. 28"',
    });
  }
  if (input.aidBasis === 'none' && blank(input.noAidReason)) {
    fields.push({ field: 'noAidReason', code: 'required', message: 'Say why the service is no state aid' });
  }
  if (input.priceCents > input.marketValueCents) {
    fields.push({ field: 'priceCents', code: 'range', message: 'The price cannot exceed the market value' });
  }
  if (fields.length)
    throw new AppError('validation_failed', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { fields });
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
