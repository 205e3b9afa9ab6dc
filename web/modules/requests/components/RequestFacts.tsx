import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TRequestOut } from '../../../../src/contract/requests';
import { formatDateTime, formatNumber } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The request's facts beside it: service, quantity, when it was filed and accepted, and the expert. */
export function RequestFacts({ request: r, title }: { request: TRequestOut; title: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section className="panel" aria-labelledby="request-facts-title">
      <h2 id="request-facts-title">{t('requests.detail.factsTitle')}</h2>
      <dl className="details request-facts">
        <Detail label={t('requests.fields.family')}>{t(`services.families.${r.service.family}`)}</Detail>
        <Detail label={t('requests.fields.service')}>
          <Link to={`/services/${r.service.slug}`}>{title}</Link>
        </Detail>
        {r.quantity !== 1 ? (
          <Detail label={t('requests.fields.quantity')}>{formatNumber(r.quantity, locale)}</Detail>
        ) : null}
        <Detail label={t('requests.fields.createdAt')}>
          {formatDateTime(r.createdAt, locale)}
          {r.onBehalf ? (
            <span className="badge badge--info request-facts__badge">{t('requests.detail.onBehalf')}</span>
          ) : null}
        </Detail>
        {r.acceptedAt ? (
          <Detail label={t('requests.fields.acceptedAt')}>{formatDateTime(r.acceptedAt, locale)}</Detail>
        ) : null}
        <Detail label={t('requests.fields.expert')}>{r.expert ? r.expert.name : t('requests.detail.noExpert')}</Detail>
      </dl>
    </section>
  );
}
