/** A resource's facts: owner, place, seats, value and price per hour, booking length, cancellation, requirements. */
import { useTranslation } from 'react-i18next';
import type { TResourceDetail } from '../../../../src/contract/facilities';
import { perHour } from '../texts';
import { Requirements } from './ResourceCard';

export function ResourceFacts({ resource: r, locale }: { resource: TResourceDetail; locale: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel service-facts" aria-labelledby="resource-facts-title">
      <h2 id="resource-facts-title">{t('facilities.detail.facts')}</h2>
      <dl>
        {r.owner ? (
          <>
            <dt>{t('facilities.fields.owner')}</dt>
            <dd>{r.owner.name}</dd>
          </>
        ) : null}
        {r.location ? (
          <>
            <dt>{t('facilities.fields.location')}</dt>
            <dd>{r.location}</dd>
          </>
        ) : null}
        <dt>{t('facilities.fields.capacity')}</dt>
        <dd>{t('facilities.seats', { count: r.capacity })}</dd>
        <dt>{t('facilities.fields.value')}</dt>
        <dd>{perHour(t, r.valuePerHourCents, locale)}</dd>
        <dt>{t('facilities.fields.price')}</dt>
        <dd>{perHour(t, r.pricePerHourCents, locale, true)}</dd>
        {r.minBookingMinutes && r.maxBookingMinutes ? (
          <>
            <dt>{t('facilities.fields.length')}</dt>
            <dd>{t('facilities.detail.length', { min: r.minBookingMinutes, max: r.maxBookingMinutes / 60 })}</dd>
          </>
        ) : null}
        {r.cancellationHours !== undefined ? (
          <>
            <dt>{t('facilities.fields.cancellation')}</dt>
            <dd>{t('facilities.detail.cancellation', { count: r.cancellationHours })}</dd>
          </>
        ) : null}
      </dl>
      <Requirements resource={r} locale={locale} />
    </section>
  );
}
