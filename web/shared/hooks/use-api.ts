/** Client-side data fetching for signed-in screens: loading, error and reload, cancelled on change. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiGet } from '../lib/api';

export interface TApiState<T> {
  data: T | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Replaces the data with a mutation's answer (e.g. PATCH returning the new detail). */
  setData: (data: T) => void;
}

/** GETs `path` (null = do not fetch) and refetches when it changes. */
export function useApi<T>(path: string | null): TApiState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState<boolean>(path !== null);
  const [nonce, setNonce] = useState(0);
  const current = useRef(0);

  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const ticket = ++current.current;
    setLoading(true);
    setError(null);
    apiGet<T>(path).then(
      (d) => {
        if (ticket !== current.current) return;
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (ticket !== current.current) return;
        setError(e);
        setLoading(false);
      },
    );
  }, [path, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const set = useCallback((d: T) => {
    setData(d);
    setError(null);
  }, []);
  return { data, error, loading, reload, setData: set };
}

/** A value that settles `delay` ms after its last change (search as you type). */
export function useDebounced<T>(value: T, delay = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return settled;
}
