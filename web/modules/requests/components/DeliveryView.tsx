/** The recorded delivery, as the Commission's services file will carry it. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEur } from '../../../../src/domain/state-aid/money';
import { formatDate, formatDateTime, formatNumber } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import type { TDelivery } from '../../../../src/contract/requests';
import { deliveryCategoryKey } from '../../services/enum-labels';

function Item({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={`details__item${wide ? ' request-delivery__wide' : ''}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function DeliveryView({ delivery: d }: { delivery: TDelivery }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <>
      <dl className="details">
        <Item label={t('requests.delivery.fields.description')} wide>
          <span className="request-need">{d.description}</span>
        </Item>
        <Item label={t('requests.delivery.fields.category')}>{t(deliveryCategoryKey(d.category))}</Item>
        <Item label={t('requests.delivery.fields.technology')}>{d.technology}</Item>
        <Item label={t('requests.delivery.fields.period')}>
          {d.startDate === d.endDate
            ? formatDate(d.startDate, locale)
            : t('requests.delivery.periodText', {
                start: formatDate(d.startDate, locale),
                end: formatDate(d.endDate, locale),
              })}
        </Item>
        <Item label={t('requests.delivery.fields.attendees')}>{formatNumber(d.attendees, locale)}</Item>
        <Item label={t('requests.delivery.fields.valueCents')}>{formatEur(d.valueCents, locale)}</Item>
        <Item label={t('requests.delivery.fields.pricePaidCents')}>{formatEur(d.pricePaidCents, locale)}</Item>
        <Item label={t('requests.delivery.fields.aidBasis')}>
          {t(`requests.aidBases.${d.aidBasis}`)}
          {d.gberArticle ? ` · ${d.gberArticle}` : ''}
          {d.noAidReason ? ` · ${d.noAidReason}` : ''}
        </Item>
        <Item label={t('requests.delivery.fields.aidCents')}>{formatEur(d.aidCents, locale)}</Item>
        <Item label={t('requests.delivery.fields.nationalShareCents')}>{formatEur(d.nationalShareCents, locale)}</Item>
        <Item label={t('requests.delivery.fields.recordedAt')}>{formatDateTime(d.recordedAt, locale)}</Item>
      </dl>
    </>
  );
}
