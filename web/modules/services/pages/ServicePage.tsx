import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_SECTORS, PUBLIC_SECTORS } from '../../../../src/domain/sectors';
import { Notice } from '../../../shared/components/Status';
import { localName, orgName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { THub } from '../../../../src/contract/hub/schemas';
import { loadJson, LoaderError, LoaderRedirect, type TLoader } from '../../../app/route-data';
import { useSession } from '../../../shared/session/session';
import { AidExplanation } from '../components/AidExplanation';
import { RequestServicePanel } from '../../requests/components/RequestServicePanel';
import { ServiceStaffPanel } from '../components/ServiceStaffPanel';
import { TechnologyTags } from '../components/TechnologyTags';
import { amountPerUnit, paragraphs, priceText, serviceDescription, serviceTitle } from '../texts';
import type { TServiceBySlug, TServiceDetail } from '../../../../src/contract/services';
import { webHref } from '../../../../src/contract/web-url';

export interface TServicePageData {
  service: TServiceDetail;
  hub: Pick<THub, 'email' | 'nameBg' | 'nameEn'>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The service and the hub's contact, loaded on the server so the page reads without JavaScript. A former address of
 * a renamed service moves (301) to the current one, so old links keep working and there is one URL per service.
 */
export const serviceLoader: TLoader<TServicePageData> = async (fetchJson, params, search) => {
  const slug = params.slug ?? '';
  // Anything that cannot be a slug is simply a page that does not exist.
  if (!SLUG.test(slug)) throw new LoaderError(404, 'not_found');
  const [service, hub] = await Promise.all([
    loadJson<TServiceBySlug>(fetchJson, `/api/v1/services/${slug}`),
    loadJson<THub>(fetchJson, '/api/v1/hub'),
  ]);
  if (service.redirectTo) {
    const query = search.toString();
    throw new LoaderRedirect(`/services/${service.redirectTo}${query ? `?${query}` : ''}`);
  }
  return { service, hub: { email: hub.email, nameBg: hub.nameBg, nameEn: hub.nameEn } };
};

const SECTOR_NAMES = new Map([...ENTERPRISE_SECTORS, ...PUBLIC_SECTORS].map((s) => [s.id, s]));

export function ServicePage({ data }: { data: TServicePageData }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const location = useLocation();
  const [service, setService] = useState(data.service);
  const s = service;
  const title = serviceTitle(s, locale);
  const texts = paragraphs(serviceDescription(s, locale));
  useHead(title, texts[0]);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;

  return (
    <div className="container section service-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/services">{t('services.detail.backToCatalogue')}</Link>
      </nav>
      {saved ? <Notice>{t('services.detail.saved')}</Notice> : null}
      <p className="service-page__family">
        <Link to={`/services?family=${s.family}`}>{t(`services.families.${s.family}`)}</Link>
      </p>
      <h1>{title}</h1>
      <TechnologyTags technologies={s.technologies} />

      <div className="service-page__layout">
        <div className="service-page__main">
          <section aria-labelledby="service-about-title">
            <h2 id="service-about-title" className="visually-hidden">
              {t('services.detail.about')}
            </h2>
            {texts.map((p, i) => (
              <p key={i} className={i === 0 ? 'service-page__lead' : undefined}>
                {p}
              </p>
            ))}
          </section>

          <section aria-labelledby="service-for-title">
            <h2 id="service-for-title">{t('services.detail.for')}</h2>
            <dl className="details">
              <div className="details__item">
                <dt>{t('services.detail.customerTypes')}</dt>
                <dd>
                  {s.customerTypes.length
                    ? s.customerTypes.map((c) => t(`organisations.types.${c}`)).join(', ')
                    : t('services.detail.allCustomers')}
                </dd>
              </div>
              <div className="details__item">
                <dt>{t('services.detail.sectors')}</dt>
                <dd>
                  {s.sectors.length
                    ? s.sectors.map((id) => localName(SECTOR_NAMES.get(id), locale) || id).join(', ')
                    : t('services.detail.allSectors')}
                </dd>
              </div>
            </dl>
          </section>

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

          <AidExplanation service={s} />
        </div>

        <aside className="service-page__side" aria-label={t('services.detail.facts')}>
          <ServiceStaffPanel service={s} onChange={setService} />
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
          <RequestServicePanel service={s} />
          {data.hub.email ? (
            <section className="panel service-contact" aria-labelledby="service-contact-title">
              <h2 id="service-contact-title">{t('services.detail.contactTitle')}</h2>
              <p>{t('services.detail.contactText')}</p>
              <p>
                {t('services.detail.contactEmail')}:{' '}
                <a
                  href={`mailto:${data.hub.email}?subject=${encodeURIComponent(t('services.detail.contactSubject', { title }))}`}
                >
                  {data.hub.email}
                </a>
              </p>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
