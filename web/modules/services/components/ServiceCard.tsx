/** One service in the catalogue: area, title linking to its page, a summary, technologies, value and price. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { amountPerUnit, paragraphs, priceText, serviceDescription, serviceTitle } from '../texts';
import type { TServiceSummary } from '../../../../src/contract/services';
import { TechnologyTags } from './TechnologyTags';

export function ServiceCard({ service: s }: { service: TServiceSummary }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const summary = paragraphs(serviceDescription(s, locale))[0] ?? '';
  return (
    <li className={`service-card service-card--${s.family}`}>
      <p className="service-card__family">{t(`services.families.${s.family}`)}</p>
      <h2 className="service-card__title">
        <Link to={`/services/${s.slug}`}>{serviceTitle(s, locale)}</Link>
      </h2>
      {s.published ? null : <p className="badge badge--warn service-card__draft">{t('services.card.unpublished')}</p>}
      <p className="service-card__summary">{summary}</p>
      <TechnologyTags technologies={s.technologies} />
      <dl className="service-card__money">
        <div>
          <dt>{t('services.card.value')}</dt>
          <dd>{amountPerUnit(t, s.marketValueCents, s.valueUnit, locale)}</dd>
        </div>
        <div>
          <dt>{t('services.card.price')}</dt>
          <dd className={s.priceCents === 0 ? 'service-card__free' : undefined}>
            {priceText(t, s.priceCents, s.valueUnit, locale)}
          </dd>
        </div>
      </dl>
      {s.partners.length ? (
        <p className="service-card__partners">
          <span className="muted">{t('services.card.deliveredBy')}: </span>
          {s.partners.map((p) => orgName(p, locale)).join(', ')}
        </p>
      ) : null}
    </li>
  );
}
