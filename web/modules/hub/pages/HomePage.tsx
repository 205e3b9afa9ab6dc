import { familyKey } from '../../services/enum-labels';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHead } from '../../../shared/lib/head';
import { orgName } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import type { THub } from '../../../../src/contract/hub/schemas';
import { loadJson, type TLoader } from '../../../app/route-data';
import { webHref } from '../../../../src/contract/web-url';

export const homeLoader: TLoader<THub> = (fetchJson) => loadJson<THub>(fetchJson, '/api/v1/hub');

/** The home page's text key per service family; the family's name comes from services.families (one name per thing). */
const FAMILIES = [
  ['testBeforeInvest', 'test_before_invest'],
  ['skills', 'skills_training'],
  ['investment', 'investment_support'],
  ['ecosystem', 'ecosystem_networking'],
] as const;

export function HomePage({ data: hub }: { data: THub }) {
  const { t } = useTranslation();
  const { locale, me } = useSession();
  const name = locale === 'en' ? hub.nameEn : hub.nameBg;
  const description = (locale === 'en' ? hub.descriptionEn : hub.descriptionBg) || t('home.defaultDescription');
  useHead(name, description);
  const registerTo = me.user ? '/organisations/new' : `/sign-up?next=${encodeURIComponent('/organisations/new')}`;

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="container">
          <p className="hero__eyebrow">{t('home.eyebrow', { city: hub.city ?? '' })}</p>
          <h1 id="hero-title">{name}</h1>
          <p className="hero__lead">{description}</p>
          <p className="actions">
            <Link className="button button--large" to={registerTo}>
              {t('home.ctaRegister')}
            </Link>
            <Link className="button button--large button--secondary button--on-dark" to="/sme-check">
              {t('home.ctaSmeCheck')}
            </Link>
          </p>
        </div>
      </section>

      <section className="container section" aria-labelledby="services-title">
        <h2 id="services-title">{t('home.servicesTitle')}</h2>
        <p className="section__lead">{t('home.servicesLead')}</p>
        <ul className="cards">
          {FAMILIES.map(([f, family], i) => (
            <li key={f} className="card">
              <span className="card__number" aria-hidden="true">
                {i + 1}
              </span>
              <h3>{t(familyKey(family))}</h3>
              <p>{t(`home.families.${f}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="partners-title">
        <h2 id="partners-title">{t('home.partnersTitle')}</h2>
        <p className="section__lead">{t('home.partnersLead')}</p>
        {hub.partners.length === 0 ? (
          <p className="status status--empty">{t('home.partnersEmpty')}</p>
        ) : (
          <ul className="partner-list">
            {hub.partners.map((p) => (
              <li key={p.id} className="partner">
                <span className="partner__name">{orgName(p, locale)}</span>
                <span className="partner__meta">
                  {t(`organisations.types.${p.type}`)}
                  {p.city ? ` · ${p.city}` : ''}
                </span>
                {p.website ? (
                  <a className="partner__link" href={webHref(p.website)} rel="noopener noreferrer">
                    {t('home.partnerWebsite')}
                    <span className="visually-hidden">: {orgName(p, locale)}</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="container section section--cta" aria-labelledby="cta-title">
        <h2 id="cta-title">{t('home.ctaTitle')}</h2>
        <div className="cta-grid">
          <div className="cta">
            <h3>{t('home.ctaRegisterTitle')}</h3>
            <p>{t('home.ctaRegisterText')}</p>
            <Link className="button" to={registerTo}>
              {t('home.ctaRegister')}
            </Link>
          </div>
          <div className="cta">
            <h3>{t('home.ctaSmeTitle')}</h3>
            <p>{t('home.ctaSmeText')}</p>
            <Link className="button button--secondary" to="/sme-check">
              {t('home.ctaSmeCheck')}
            </Link>
          </div>
        </div>
        {hub.email || hub.website ? (
          <p className="contact-line">
            {hub.email ? (
              <>
                {t('home.contactEmail')}: <a href={`mailto:${hub.email}`}>{hub.email}</a>
              </>
            ) : null}
            {hub.email && hub.website ? ' · ' : null}
            {hub.website ? (
              <a href={webHref(hub.website)} rel="noopener noreferrer">
                {t('home.contactWebsite')}
              </a>
            ) : null}
          </p>
        ) : null}
      </section>
    </>
  );
}
