/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { lazyPage } from '../../app/lazy-page';

export const routes: TRouteDef[] = [
  {
    path: '/organisations/:id/de-minimis-declaration',
    ...lazyPage(() => import('./pages/DeclarationPage'), 'DeclarationPage'),
  },
  { path: '/aid', ...lazyPage(() => import('./pages/AidLedgerPage'), 'AidLedgerPage') },
];
