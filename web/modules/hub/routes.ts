/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  { path: '/', ...lazyPage(() => import('./pages/HomePage'), 'HomePage', 'homeLoader') },
];
