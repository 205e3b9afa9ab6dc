import { useTranslation } from 'react-i18next';
import type { TServiceDetail } from '../../../../src/contract/services';
import { webHref } from '../../../../src/contract/web-url';
import { orgName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';

/** The partner organisations that deliver the service, each with a link to its website when it has one. */
export function ServicePartners({ service: s }: { service: TServiceDetail }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section aria-labelledby="service-partners-title">
      <h2 id="service-partners-title">{t('services.detail.partners')}</h2>
      {s.partners.length ? (
        <ul className="service-partners">
          {s.partners.map((p) => (
            <li key={p.id}>
              {orgName(p, locale)}
              {p.website ? (
                <>
                  {' · '}
                  <a href={webHref(p.website)} rel="noopener noreferrer">
                    {t('services.detail.partnerWebsite')}
                    <span className="visually-hidden">: {orgName(p, locale)}</span>
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('services.detail.noPartners')}</p>
      )}
    </section>
  );
}
