/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import './styles.css';
import type { TRouteDef } from '../../app/route-types';
import { RequestsPage } from './pages/RequestsPage';
import { RequestBoardPage } from './pages/RequestBoardPage';
import { RequestPage } from './pages/RequestPage';
import { JourneyPage } from './pages/JourneyPage';

export const routes: TRouteDef[] = [
  { path: '/requests', component: RequestsPage },
  { path: '/requests/board', component: RequestBoardPage },
  { path: '/requests/:id', component: RequestPage },
  { path: '/organisations/:id/journey', component: JourneyPage },
];
