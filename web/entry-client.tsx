/** Browser entry: hydrate the server's HTML with the same tree and state; without SSR (vite dev) render fresh. */
// Stylesheets in cascade order: the shared base, each capability's (imported by its routes.ts), then the late rules.
import './styles/base.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, type TAppState } from './app/App';
import { asLocale, createI18n, localeFromCookie } from './i18n';
import { ANONYMOUS_ME } from './app/modules';
import './styles/late.css';

declare global {
  interface Window {
    __EDIHUB_STATE__?: TAppState;
  }
}

const container = document.getElementById('root')!;
const serverState = window.__EDIHUB_STATE__;
const state: TAppState = serverState ?? {
  locale: localeFromCookie(document.cookie) ?? asLocale(document.documentElement.lang) ?? 'bg',
  me: ANONYMOUS_ME,
  route: null,
};
const i18n = createI18n(state.locale);
document.documentElement.lang = state.locale;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

const tree = (
  <BrowserRouter>
    <App i18n={i18n} state={state} routeData={{ current: state.route }} />
  </BrowserRouter>
);

if (serverState && container.hasChildNodes()) {
  hydrateRoot(container, tree);
  // `data-hydrated` tells browser tests (and anyone scripting the page) that the page now answers to input.
  document.documentElement.dataset.hydrated = 'true';
} else {
  // Development without SSR: learn who is signed in, then render.
  fetch('/api/v1/me', { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : ANONYMOUS_ME))
    .catch(() => ANONYMOUS_ME)
    .then((me) => {
      state.me = me;
      if (me.user && me.user.locale !== state.locale) void i18n.changeLanguage(me.user.locale);
      createRoot(container).render(tree);
    });
}
