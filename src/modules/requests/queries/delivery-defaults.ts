import { eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { aidGrants, services } from '../../../platform/db/schema';
import type { DELIVERY_CATEGORIES } from '../../../contract/requests/enums';
import {
  deliveryAid,
  marketValueCents,
  serviceAid,
  type TAidBasis,
  type TMarketValueUnit,
} from '../../../domain/state-aid/aid';
import { calendarDateInSofia } from '../../../domain/state-aid/calendar-date';
import type { TServiceFamily } from '../../../contract/services/enums';
import { loadAidSettings } from '../../aid/public';
import type { TDelivery } from '../presenter';
import type { TRequestRow } from './get-request';
import { technologyLabel } from '../../services/public';
import type { TLocale } from '../../../contract/common';

/** The Commission's service category for each catalogue family (dta-exports.md). */
export const CATEGORY_OF_FAMILY: Record<TServiceFamily, (typeof DELIVERY_CATEGORIES)[number]> = {
  test_before_invest: 'test_before_invest',
  skills_training: 'training_skills',
  investment_support: 'investment_support',
  ecosystem_networking: 'ecosystem_networking',
};

/**
 * A delivery record prefilled for staff: category and technology from the catalogue, dates today, value and price
 * for the request's quantity, the basis of the grant made at acceptance (the catalogue's when there is none), and the
 * aid derived from them (value − price; the amount granted) with its national share by the hub's setting. `recordedAt` is now: the record does not exist yet.
 */
export async function deliveryDefaults(
  executor: Executor,
  request: TRequestRow,
  now: Date,
  locale: TLocale = 'bg',
): Promise<TDelivery> {
  const [[service], [grant], settings] = await Promise.all([
    executor.select().from(services).where(eq(services.id, request.serviceId)),
    executor.select().from(aidGrants).where(eq(aidGrants.requestId, request.id)),
    loadAidSettings(executor),
  ]);
  const unit = service.valueUnit as TMarketValueUnit;
  const quantity = Number(request.quantity);
  const fromCatalogue = serviceAid({
    unit,
    unitValueCents: Number(service.marketValueCents),
    quantity,
    pricePaidCents: marketValueCents({ unit, unitValueCents: Number(service.priceCents), quantity }),
    basis: service.aidBasis as TAidBasis,
    nationalSharePercent: settings.nationalSharePercent,
  });
  const basis = (grant?.basis ?? service.aidBasis) as TAidBasis;
  // The aid is derived from the value and the price (as the delivery will store it); for an unchanged request it is
  // the amount granted at acceptance.
  const { aidCents, nationalShareCents } = deliveryAid({
    valueCents: fromCatalogue.marketValueCents,
    pricePaidCents: fromCatalogue.pricePaidCents,
    basis,
    nationalSharePercent: settings.nationalSharePercent,
  });
  const today = calendarDateInSofia(now);
  return {
    category: CATEGORY_OF_FAMILY[service.family as TServiceFamily],
    // Prefilled in the language of the form (staff edit it); the title falls back to Bulgarian like every name.
    description: locale === 'en' ? service.titleEn || service.titleBg : service.titleBg,
    technology: (service.technologies.length ? service.technologies : ['other'])
      .map((c) => technologyLabel(c, locale))
      .join(', '),
    startDate: today,
    endDate: today,
    attendees: 1,
    valueCents: fromCatalogue.marketValueCents,
    pricePaidCents: fromCatalogue.pricePaidCents,
    aidBasis: basis,
    gberArticle: grant ? grant.gberArticle : service.gberArticle,
    noAidReason: grant ? grant.noAidReason : service.noAidReason,
    aidCents,
    nationalShareCents,
    recordedAt: now.toISOString(),
  };
}
