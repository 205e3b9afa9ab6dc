/** Page frame: skip link, header with navigation, language switch and account, main landmark, footer. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../modules/session/session';
import { api } from '../lib/api';
import { ANONYMOUS_ME } from '../lib/types';
import { isStaff } from '../modules/assessments/staff';
import { mayListRequests } from '../modules/requests/access';
import type { TLocale } from '../../src/shared/enums';
import { VerifyEmailBanner } from './VerifyEmailBanner';

function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLanguage } = useSession();
  const other: TLocale = locale === 'bg' ? 'en' : 'bg';
  // The visible text (the other language's own name) is part of the accessible name (WCAG 2.5.3).
  return (
    <button type="button" className="lang-switch" onClick={() => void setLanguage(other)}>
      <svg className="lang-switch__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16ZM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8Zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6Zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z"
        />
      </svg>
      <span className="visually-hidden">{t('header.switchLanguage')}: </span>
      <span lang={other}>{t(`languages.${other}`, { lng: other })}</span>
    </button>
  );
}

function AccountArea() {
  const { t } = useTranslation();
  const { me, setMe } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  if (!me.user) {
    return (
      <div className="account-area">
        <Link to="/sign-in" className="header-link">
          {t('header.signIn')}
        </Link>
        <Link to="/sign-up" className="button button--small">
          {t('header.signUp')}
        </Link>
      </div>
    );
  }
  const signOut = async () => {
    setBusy(true);
    try {
      await api('POST', '/api/auth/sign-out', {});
    } catch {
      // Signed out locally regardless; the cookie is HttpOnly and expires on its own.
    }
    setBusy(false);
    setMe(ANONYMOUS_ME);
    navigate('/');
  };
  return (
    <div className="account-area">
      <Link to="/account" className="header-link header-link--user">
        <span className="visually-hidden">{t('header.account')}: </span>
        {me.user.name}
      </Link>
      <button type="button" className="button button--small button--secondary" onClick={() => void signOut()} disabled={busy}>
        {t('header.signOut')}
      </button>
    </div>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const { me } = useSession();
  const admin = me.abilities.admin;
  return (
    <nav aria-label={t('header.navLabel')} className="main-nav">
      <ul>
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        {me.abilities.start?.read ? (
          <li>
            <NavLink to="/start">{t('start.nav')}</NavLink>
          </li>
        ) : null}
        <li>
          <NavLink to="/services">{t('services.nav')}</NavLink>
        </li>
        <li>
          <NavLink to="/events">{t('events.nav')}</NavLink>
        </li>
        <li>
          <NavLink to="/facilities">{t('facilities.nav')}</NavLink>
        </li>
        <li>
          <NavLink to="/calendar">{t('calendar.nav')}</NavLink>
        </li>
        <li>
          <NavLink to="/sme-check">{t('nav.smeCheck')}</NavLink>
        </li>
        <li>
          <NavLink to="/dma">{t('nav.dmaCheck')}</NavLink>
        </li>
        {me.user && me.abilities.organisations.list ? (
          <li>
            <NavLink to="/organisations">{me.abilities.organisations.listAll ? t('nav.organisations') : t('nav.myOrganisations')}</NavLink>
          </li>
        ) : null}
        {mayListRequests(me) ? (
          <li>
            {/* `end`: the board has its own entry; both would otherwise be marked current there. */}
            <NavLink to="/requests" end>
              {t('requests.nav')}
            </NavLink>
          </li>
        ) : null}
        {me.abilities.requests.board ? (
          <li>
            <NavLink to="/requests/board">{t('requests.navBoard')}</NavLink>
          </li>
        ) : null}
        {isStaff(me) ? (
          <li>
            <NavLink to="/assessments">{t('assessments.nav')}</NavLink>
          </li>
        ) : null}
        {me.abilities.aid.ledger ? (
          <li>
            <NavLink to="/aid">{t('aid.nav')}</NavLink>
          </li>
        ) : null}
        {admin.users ? (
          <li>
            <NavLink to="/admin/users">{t('nav.adminUsers')}</NavLink>
          </li>
        ) : null}
        {admin.audit ? (
          <li>
            <NavLink to="/admin/audit">{t('nav.adminAudit')}</NavLink>
          </li>
        ) : null}
        {admin.outbox ? (
          <li>
            <NavLink to="/admin/outbox">{t('nav.adminOutbox')}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // On client navigation, move focus to the new page's content so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const heading = mainRef.current?.querySelector('h1');
    const target = (heading as HTMLElement | null) ?? mainRef.current;
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }, [location.pathname]);

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        {t('header.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__top">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              E
            </span>
            <span className="brand__text">
              <span className="brand__name">{t('brand.name')}</span>
              <span className="brand__tagline">{t('brand.tagline')}</span>
            </span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            <AccountArea />
          </div>
        </div>
        <div className="site-header__nav">
          <div className="container">
            <MainNav />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <VerifyEmailBanner />
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>{t('footer.about')}</p>
          <p>{t('footer.funding')}</p>
          <ul className="site-footer__links">
            <li>
              <Link to="/sme-check">{t('nav.smeCheck')}</Link>
            </li>
            <li>
              <Link to="/dma">{t('nav.dmaCheck')}</Link>
            </li>
            <li>
              <a href="/api/docs">{t('footer.api')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
