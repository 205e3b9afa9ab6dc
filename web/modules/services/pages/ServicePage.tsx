import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import type { THub } from '../../../../src/contract/hub/schemas';
import { loadJson, LoaderError, LoaderRedirect, type TLoader } from '../../../app/route-data';
import { useSession } from '../../../shared/session/session';
import { AidExplanation } from '../components/AidExplanation';
import { RequestServicePanel } from '../../requests/components/RequestServicePanel';
import { ServiceAudience } from '../components/ServiceAudience';
import { ServiceContact } from '../components/ServiceContact';
import { ServiceFacts } from '../components/ServiceFacts';
import { ServicePartners } from '../components/ServicePartners';
import { ServiceStaffPanel } from '../components/ServiceStaffPanel';
import { TechnologyTags } from '../components/TechnologyTags';
import { paragraphs, serviceDescription, serviceTitle } from '../texts';
import type { TServiceBySlug, TServiceDetail } from '../../../../src/contract/services';

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

          <ServiceAudience service={s} />
          <ServicePartners service={s} />

          <AidExplanation service={s} />
        </div>

        <aside className="service-page__side" aria-label={t('services.detail.facts')}>
          <ServiceStaffPanel service={s} onChange={setService} />
          <ServiceFacts service={s} />
          <RequestServicePanel service={s} />
          {data.hub.email ? <ServiceContact email={data.hub.email} title={title} /> : null}
        </aside>
      </div>
    </div>
  );
}
