/** Page frame: skip link, header with navigation, language switch and account, main landmark, footer. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../shared/session/session';
import { api } from '../shared/lib/api';
import { ANONYMOUS_ME, WEB_MODULES } from './modules';
import { navItems, type TNavItem, type TNavSlot } from './nav';
import type { TLocale } from '../../src/contract/common';

/** The current address with `lng` set: the server renders it in that language and remembers it (no JavaScript needed). */
export function languageHref(pathname: string, search: string, lng: TLocale): string {
  const params = new URLSearchParams(search);
  params.set('lng', lng);
  return `${pathname}?${params.toString()}`;
}

function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, setLanguage } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const other: TLocale = locale === 'bg' ? 'en' : 'bg';
  // With JavaScript the switch happens in place; a `lng` left in the address by a plain-link switch is dropped,
  // so it cannot override a later choice on reload.
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('lng')) return;
    params.delete('lng');
    const rest = params.toString();
    void navigate(
      { pathname: location.pathname, search: rest ? `?${rest}` : '', hash: location.hash },
      { replace: true },
    );
  }, [location.pathname, location.search, location.hash, navigate]);
  // The visible text (the other language's own name) is part of the accessible name (WCAG 2.5.3).
  return (
    <a
      className="lang-switch"
      href={languageHref(location.pathname, location.search, other)}
      hrefLang={other}
      onClick={(e) => {
        e.preventDefault();
        void setLanguage(other);
      }}
    >
      <svg
        className="lang-switch__icon"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8ZM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16ZM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8Zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6Zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z"
        />
      </svg>
      <span className="visually-hidden">{t('header.switchLanguage')}: </span>
      <span lang={other}>{t(`languages.${other}`, { lng: other })}</span>
    </a>
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
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => void signOut()}
        disabled={busy}
      >
        {t('header.signOut')}
      </button>
    </div>
  );
}

/** A dropdown of the main menu (a <details>, so it opens without JavaScript); marked when a page in it is open. */
function NavGroup({ label, paths, children }: { label: string; paths: string[]; children: ReactNode }) {
  const { pathname } = useLocation();
  const current = paths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  return (
    <li className="main-nav__group">
      <details className="nav-group">
        <summary className={current ? 'nav-group__summary nav-group__summary--current' : 'nav-group__summary'}>
          {label}
        </summary>
        <ul>{children}</ul>
      </details>
    </li>
  );
}

function MainNav() {
  const { t } = useTranslation();
  const { me } = useSession();
  const slot = (name: TNavSlot) => navItems(NAV, me, t, name);
  // The hub's own work: members see their one or two entries directly, staff get them as one group.
  const work = slot('work');
  const selfChecks = slot('selfChecks');
  const adminLinks = slot('admin');
  const item = (l: TNavItem) => (
    <li key={l.to}>
      <NavLink to={l.to} end={l.end}>
        {l.label}
      </NavLink>
    </li>
  );
  return (
    <nav aria-label={t('header.navLabel')} className="main-nav">
      <ul>
        {slot('top').map(item)}
        <NavGroup label={t('navGroups.selfChecks')} paths={selfChecks.map((l) => l.to)}>
          {selfChecks.map(item)}
        </NavGroup>
        {work.length > 2 ? (
          <NavGroup label={t('navGroups.work')} paths={work.map((l) => l.to)}>
            {work.map(item)}
          </NavGroup>
        ) : (
          work.map(item)
        )}
        {adminLinks.length ? (
          <NavGroup label={t('navGroups.admin')} paths={['/admin']}>
            {adminLinks.map(item)}
          </NavGroup>
        ) : null}
      </ul>
    </nav>
  );
}

const NAV = WEB_MODULES.map((m) => m.nav);
const BANNERS = WEB_MODULES.flatMap((m) => (m.banner ? [m.banner] : []));

/** Wide screens show the menu as a bar (CSS, and `open` for browsers without ::details-content); phones fold it. */
const WIDE_MENU = '(min-width: 64rem)';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const menuRef = useRef<HTMLDetailsElement>(null);
  const first = useRef(true);

  // The menu is open on wide screens (its button is hidden there) and folded on phones.
  useEffect(() => {
    const wide = window.matchMedia(WIDE_MENU);
    const apply = () => {
      if (menuRef.current) menuRef.current.open = wide.matches;
    };
    apply();
    wide.addEventListener('change', apply);
    return () => wide.removeEventListener('change', apply);
  }, []);

  // After following a link the phone menu and any open group fold again.
  useEffect(() => {
    const header = menuRef.current;
    if (!header) return;
    for (const group of header.querySelectorAll('details.nav-group')) (group as HTMLDetailsElement).open = false;
    if (!window.matchMedia(WIDE_MENU).matches) header.open = false;
  }, [location.pathname]);

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
        <div className="container site-header__bar">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true">
              E
            </span>
            <span className="brand__text">
              <span className="brand__name">{t('brand.name')}</span>
              <span className="brand__tagline">{t('brand.tagline')}</span>
            </span>
          </Link>
          <LanguageSwitch />
          <details className="site-menu" ref={menuRef}>
            <summary className="site-menu__button">
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
              </svg>
              {t('header.menu')}
            </summary>
            <div className="site-menu__panel">
              <AccountArea />
              <MainNav />
            </div>
          </details>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {BANNERS.map((Banner, i) => (
          <Banner key={i} />
        ))}
        {children}
      </main>
      <footer className="site-footer">
        <div className="container site-footer__inner">
          <p>{t('footer.about')}</p>
          <p>{t('footer.funding')}</p>
          <ul className="site-footer__links">
            {navItems(NAV, me, t, 'selfChecks').map((l) => (
              <li key={l.to}>
                <Link to={l.to}>{l.label}</Link>
              </li>
            ))}
            <li>
              <a href="/api/docs">{t('footer.api')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
