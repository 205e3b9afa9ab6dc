/** Every page of the web app: each capability's routes (web/app/modules.ts), matched as <Routes> would. */
import { matchPath } from 'react-router';
import { WEB_MODULES } from './modules';
import type { TRouteDef } from './route-types';
import { NotFoundPage } from './NotFoundPage';

export type { TRouteDef };

/** Order matters only for readability: matching below picks the most specific static path first. */
export const ROUTES: TRouteDef[] = WEB_MODULES.flatMap((m) => m.routes);

export const NOT_FOUND: TRouteDef = { path: '*', component: NotFoundPage };

/** The route for a pathname, as <Routes> would choose it (static segments beat parameters). */
export function matchRoute(pathname: string): { route: TRouteDef; params: Record<string, string | undefined> } {
  const exact = ROUTES.filter((r) => !r.path.includes(':')).find((r) =>
    matchPath({ path: r.path, end: true }, pathname),
  );
  if (exact) return { route: exact, params: {} };
  for (const r of ROUTES) {
    const m = matchPath({ path: r.path, end: true }, pathname);
    if (m) return { route: r, params: m.params };
  }
  return { route: NOT_FOUND, params: {} };
}
