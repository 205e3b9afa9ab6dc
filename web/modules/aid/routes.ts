/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { DeclarationPage } from './pages/DeclarationPage';
import { AidLedgerPage } from './pages/AidLedgerPage';

export const routes: TRouteDef[] = [
  {
    path: '/organisations/:id/de-minimis-declaration',
    component: DeclarationPage,
  },
  { path: '/aid', component: AidLedgerPage },
];
