/** Regions and sectors from the API, fetched once per page life and shared by every form and filter. */
import { useEffect, useState } from 'react';
import { apiGet } from '../lib/api';
import type { TRegions, TSectors } from '../../../src/contract/reference';

const cache = new Map<string, Promise<unknown>>();

function cached<T>(path: string): Promise<T> {
  let p = cache.get(path);
  if (!p) {
    p = apiGet<T>(path);
    // A failure is not cached: the next form that needs the data tries again.
    p.catch(() => cache.delete(path));
    cache.set(path, p);
  }
  return p as Promise<T>;
}

export interface TReference {
  regions: TRegions | null;
  sectors: TSectors | null;
  error: unknown;
}

export function useReference(): TReference {
  const [state, setState] = useState<TReference>({ regions: null, sectors: null, error: null });
  useEffect(() => {
    let live = true;
    Promise.all([cached<TRegions>('/api/v1/reference/regions'), cached<TSectors>('/api/v1/reference/sectors')]).then(
      ([regions, sectors]) => live && setState({ regions, sectors, error: null }),
      (error: unknown) => live && setState((s) => ({ ...s, error })),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
