/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  { path: '/requests', ...lazyPage(() => import('./pages/RequestsPage'), 'RequestsPage') },
  { path: '/requests/board', ...lazyPage(() => import('./pages/RequestBoardPage'), 'RequestBoardPage') },
  { path: '/requests/:id', ...lazyPage(() => import('./pages/RequestPage'), 'RequestPage') },
  { path: '/organisations/:id/journey', ...lazyPage(() => import('./pages/JourneyPage'), 'JourneyPage') },
];
