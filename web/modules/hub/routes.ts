/** The pages of this capability, with the loader (if any) the server runs before rendering them. */
import type { TRouteDef } from '../../app/route-types';
import type { TLoader } from '../../app/route-data';
import { HomePage, homeLoader } from './pages/HomePage';

export const routes: TRouteDef[] = [{ path: '/', component: HomePage, loader: homeLoader as TLoader<unknown> }];
