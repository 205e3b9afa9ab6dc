/**
 * Route loaders: the server runs a route's loader before rendering (its result travels to the
 * browser in the page's state); in the browser later navigations run the same loader through fetch.
 */
import { createContext, useContext, useEffect, useState, type ComponentType } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { browserFetchJson, toApiError, type TFetchJson } from '../shared/lib/api';
import { Loading, ErrorMessage } from '../shared/components/Status';

export type TLoader<D = unknown> = (
  fetchJson: TFetchJson,
  params: Record<string, string | undefined>,
  search: URLSearchParams,
) => Promise<D>;

/** A loader's failure: the HTTP status becomes the page's status on the server. */
export class LoaderError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

/**
 * A loader's answer that the page lives at another address (e.g. a renamed service's old URL): the server answers
 * with a redirect (301 by default), the browser replaces the URL.
 */
export class LoaderRedirect extends LoaderError {
  constructor(
    readonly location: string,
    status = 301,
  ) {
    super(status, 'redirect');
  }
}

/** GETs JSON through fetchJson and throws LoaderError on anything but 200. */
export async function loadJson<T>(fetchJson: TFetchJson, path: string): Promise<T> {
  const res = await fetchJson(path);
  if (res.status !== 200) {
    const e = toApiError(res.status, res.body);
    throw new LoaderError(res.status || 500, e.code);
  }
  return res.body as T;
}

/**
 * Loader data may name the page's HTTP status (e.g. 404 for a friendly "no such certificate" page that is
 * still the route's own page, not the generic not-found page); the server render answers with it.
 */
export interface TPageStatus {
  pageStatus?: number;
}

export function pageStatusOf(data: unknown): number | undefined {
  const s = (data as TPageStatus | null | undefined)?.pageStatus;
  return typeof s === 'number' && s >= 200 && s < 600 ? s : undefined;
}

/** What the server loaded for the URL it rendered. */
export interface TRouteData {
  url: string;
  data?: unknown;
  error?: { status: number; code: string };
}

/** The server's route data, consumed once by the first render of that URL. */
export const InitialRouteDataContext = createContext<{ current: TRouteData | null }>({ current: null });

type TState =
  | { status: 'loading' }
  | { status: 'ready'; data: unknown }
  | { status: 'error'; error: { status: number; code: string } };

/** Renders a page with its loader's data; shows loading and error states in the browser. */
export function LoadedRoute<D>({
  loader,
  component: Page,
  notFound: NotFound,
}: {
  loader: TLoader<D>;
  component: ComponentType<{ data: D }>;
  notFound: ComponentType;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  const params = useParams();
  const url = location.pathname + location.search;
  const initial = useContext(InitialRouteDataContext);
  const [state, setState] = useState<TState & { url: string }>(() => {
    const seed = initial.current;
    if (seed && seed.url === url) {
      if (seed.error) return { url, status: 'error', error: seed.error };
      return { url, status: 'ready', data: seed.data };
    }
    return { url, status: 'loading' };
  });

  useEffect(() => {
    // The server's data serves the first render only; coming back to the URL loads afresh.
    if (initial.current && initial.current.url === url && state.url === url && state.status !== 'loading') {
      initial.current = null;
      return;
    }
    initial.current = null;
    let live = true;
    setState({ url, status: 'loading' });
    loader(browserFetchJson, params, new URLSearchParams(location.search)).then(
      (data) => live && setState({ url, status: 'ready', data }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof LoaderRedirect) {
          void navigate(e.location, { replace: true });
          return;
        }
        setState({
          url,
          status: 'error',
          error: e instanceof LoaderError ? { status: e.status, code: e.code } : { status: 500, code: 'internal' },
        });
      },
    );
    return () => {
      live = false;
    };
    // Deliberately keyed on this value only.
  }, [url]);

  if (state.url !== url || state.status === 'loading') return <Loading />;
  if (state.status === 'error') {
    if (state.error.status === 404) return <NotFound />;
    return (
      <div className="container">
        <ErrorMessage error={toApiError(state.error.status, { error: { code: state.error.code } })} />
      </div>
    );
  }
  return <Page data={state.data as D} />;
}
