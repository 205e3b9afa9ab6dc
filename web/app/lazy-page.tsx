/**
 * A page whose code is its own chunk, so the first visit loads only the shell and the page it opens. Before the
 * server renders and before the browser hydrates, the matched route is preloaded: the page then renders at once
 * (no Suspense fallback), and server and browser HTML agree. On later navigation it loads behind <Suspense>.
 */
import { lazy, type ComponentType } from 'react';
import type { TLoader } from './route-data';
import type { TRouteDef } from './route-types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TAnyComponent = ComponentType<any>;

export function lazyPage<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  component: keyof M & string,
  loader?: keyof M & string,
): Omit<TRouteDef, 'path'> {
  let resolved: TAnyComponent | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then((m) => {
      resolved = m[component] as TAnyComponent;
    }));
  const Deferred = lazy(() => preload().then(() => ({ default: resolved! })));
  function Page(props: Record<string, unknown>) {
    const Loaded = resolved;
    return Loaded ? <Loaded {...props} /> : <Deferred {...props} />;
  }
  Page.displayName = `Lazy(${component})`;
  const route: Omit<TRouteDef, 'path'> = { component: Page, preload };
  if (loader) {
    route.loader = (async (fetchJson, params, search) => {
      const m = await load();
      return (m[loader] as TLoader<unknown>)(fetchJson, params, search);
    }) as TLoader<unknown>;
  }
  return route;
}
