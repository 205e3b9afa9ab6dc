import type { ComponentType } from 'react';
import type { TLoader } from './route-data';

export interface TRouteDef {
  path: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: ComponentType<any>;
  loader?: TLoader<unknown>;
}
