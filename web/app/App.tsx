/** The application tree shared by the server render and the browser: providers, layout, routes. */
import { Route, Routes } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import type { i18n as TI18n } from 'i18next';
import { ConfirmProvider } from '../shared/components/ConfirmDialog';
import { Layout } from './Layout';
import { HeadContext, type THeadCollector } from '../shared/lib/head';
import type { TMe } from '../../src/contract/me';
import { SessionProvider } from '../shared/session/session';
import { InitialRouteDataContext, LoadedRoute, type TRouteData } from './route-data';
import { NOT_FOUND, ROUTES } from './routes';
import { NotFoundPage } from './NotFoundPage';
import type { TLocale } from '../../src/contract/common';

/** What the server hands to the browser for hydration (window.__EDIHUB_STATE__). */
export interface TAppState {
  locale: TLocale;
  me: TMe;
  route: TRouteData | null;
}

export function AppRoutes() {
  return (
    <Routes>
      {ROUTES.map((r) => (
        <Route
          key={r.path}
          path={r.path}
          element={
            r.loader ? (
              <LoadedRoute loader={r.loader} component={r.component} notFound={NotFoundPage} />
            ) : (
              <r.component />
            )
          }
        />
      ))}
      <Route path={NOT_FOUND.path} element={<NotFoundPage />} />
    </Routes>
  );
}

export function App({
  i18n,
  state,
  routeData,
  head,
}: {
  i18n: TI18n;
  state: TAppState;
  /** A mutable holder: the first render of the server's URL takes the server's data, then it is cleared. */
  routeData: { current: TRouteData | null };
  head?: THeadCollector;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <HeadContext.Provider value={head ?? null}>
        <InitialRouteDataContext.Provider value={routeData}>
          <SessionProvider initialMe={state.me}>
            <ConfirmProvider>
              <Layout>
                <AppRoutes />
              </Layout>
            </ConfirmProvider>
          </SessionProvider>
        </InitialRouteDataContext.Provider>
      </HeadContext.Provider>
    </I18nextProvider>
  );
}
