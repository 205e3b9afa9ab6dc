import { useTranslation } from 'react-i18next';
import type { TServiceDetail } from '../../../../src/contract/services';
import { useSession } from '../../../shared/session/session';
import { amountPerUnit, priceText } from '../texts';

/** The service's market value and what the customer pays for it. */
export function ServiceFacts({ service: s }: { service: TServiceDetail }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section className="panel service-facts" aria-labelledby="service-facts-title">
      <h2 id="service-facts-title">{t('services.detail.facts')}</h2>
      <dl>
        <dt>{t('services.detail.value')}</dt>
        <dd>{amountPerUnit(t, s.marketValueCents, s.valueUnit, locale)}</dd>
        <dt>{t('services.detail.price')}</dt>
        <dd className={s.priceCents === 0 ? 'service-facts__free' : undefined}>
          {priceText(t, s.priceCents, s.valueUnit, locale)}
        </dd>
      </dl>
    </section>
  );
}
