/**
 * Server render: find the route, run its loader through the API (in-process), render the React tree
 * in the requested language, and return the HTML, the <head> tags, the status and the state the
 * browser hydrates from.
 */
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App, type TAppState } from './app/App';
import { createI18n } from './i18n';
import { renderHead, type THeadCollector } from './shared/lib/head';
import type { TFetchJson } from './shared/lib/api';
import { ANONYMOUS_ME } from './app/modules';
import type { TMe } from '../src/contract/me';
import { LoaderError, LoaderRedirect, pageStatusOf, type TRouteData } from './app/route-data';
import { matchRoute, NOT_FOUND } from './app/routes';
import type { TLocale } from '../src/contract/common';

export interface TRenderOptions {
  url: string;
  locale: TLocale;
  fetchJson: TFetchJson;
}

export interface TRenderResult {
  html: string;
  head: string;
  status: number;
  state: TAppState;
  /** Set when a loader moved the page to another address: the server redirects there instead of rendering. */
  redirect?: string;
}

export async function render(opts: TRenderOptions): Promise<TRenderResult> {
  const { url, locale, fetchJson } = opts;
  const parsed = new URL(url, 'http://edihub.local');
  const pathname = parsed.pathname;
  const routeUrl = pathname + parsed.search;

  const meRes = await fetchJson('/api/v1/me');
  const me: TMe = meRes.status === 200 && meRes.body ? (meRes.body as TMe) : ANONYMOUS_ME;

  const { route, params } = matchRoute(pathname);
  let status = route === NOT_FOUND ? 404 : 200;
  let routeData: TRouteData | null = null;
  if (route.loader) {
    try {
      const data = await route.loader(fetchJson, params, parsed.searchParams);
      status = pageStatusOf(data) ?? status;
      routeData = { url: routeUrl, data };
    } catch (err) {
      if (err instanceof LoaderRedirect) {
        return { html: '', head: '', status: err.status, state: { locale, me, route: null }, redirect: err.location };
      }
      const e = err instanceof LoaderError ? err : new LoaderError(500, 'internal');
      status = e.status >= 400 ? e.status : 500;
      routeData = { url: routeUrl, error: { status, code: e.code } };
    }
  }

  const state: TAppState = { locale, me, route: routeData };
  const i18n = createI18n(locale);
  const head: THeadCollector = { title: '', description: '' };
  const html = renderToString(
    <StaticRouter location={routeUrl}>
      <App i18n={i18n} state={state} routeData={{ current: routeData }} head={head} />
    </StaticRouter>,
  );
  if (!head.description) head.description = i18n.t('meta.description');
  return { html, head: renderHead(head, locale), status, state };
}
