import type { ComponentType } from 'react';
import type { TLoader } from './route-data';

export interface TRouteDef {
  path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: ComponentType<any>;
  loader?: TLoader<unknown>;
  /** Loads the page's code (lazyPage): awaited before a server render or a hydration of this route. */
  preload?: () => Promise<void>;
}
