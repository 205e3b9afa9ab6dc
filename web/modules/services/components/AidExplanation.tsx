/** The service's state-aid basis in plain words, with the aid's value to the customer. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../shared/session/session';
import { amountPerUnit } from '../texts';
import type { TServiceDetail } from '../../../../src/contract/services';

export function AidExplanation({ service: s }: { service: TServiceDetail }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const aid = s.marketValueCents - s.priceCents;
  return (
    <section className="panel service-aid" aria-labelledby="service-aid-title">
      <h2 id="service-aid-title">{t('services.detail.aidTitle')}</h2>
      <p>
        <span className="badge badge--info">{t(`services.aidBasis.${s.aidBasis}`)}</span>
      </p>
      <p>{t(`services.detail.aid.${s.aidBasis}`, { article: s.gberArticle ?? '' })}</p>
      {s.aidBasis === 'none' && s.noAidReason ? (
        <p>
          <strong>{t('services.detail.noAidReason')}:</strong> {s.noAidReason}
        </p>
      ) : null}
      {s.aidBasis !== 'none' && aid > 0 ? (
        <p>
          <strong>{t('services.detail.aidValue')}:</strong> {amountPerUnit(t, aid, s.valueUnit, locale)}
        </p>
      ) : null}
    </section>
  );
}
