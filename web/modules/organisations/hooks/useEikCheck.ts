/** Asks the server's checksum check about the EIK being typed, once it can be a complete code and typing pauses. */
import { useEffect, useState } from 'react';
import { useDebounced } from '../../../shared/hooks/use-api';
import { apiGet } from '../../../shared/lib/api';
import { eikToCheck } from '../form-model';
import type { TEikState } from '../model/eik-check';

export function useEikCheck(eikInput: string, bg: boolean, initialEik: string) {
  const [eik, setEik] = useState<TEikState>(null);
  const eikQuery = useDebounced(bg ? eikToCheck(eikInput) : null, 300);
  const unchanged = initialEik !== '' && eikToCheck(initialEik) === eikQuery;
  useEffect(() => {
    if (!eikQuery) {
      setEik(null);
      return;
    }
    let live = true;
    setEik({ value: eikQuery, status: 'checking' });
    apiGet<{ valid: boolean }>(`/api/v1/reference/eik/${encodeURIComponent(eikQuery)}`).then(
      (r) => live && setEik({ value: eikQuery, status: r.valid ? 'valid' : 'invalid' }),
      () => live && setEik({ value: eikQuery, status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [eikQuery]);
  return { eik, current: bg ? eikToCheck(eikInput) : null, unchanged };
}
