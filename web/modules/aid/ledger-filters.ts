/** The aid ledger keeps its filters (period, basis, search, page) in the URL, so every view is linkable. */
import { AID_BASES } from '../../../src/domain/state-aid/aid';
import { isCalendarDate } from '../../../src/domain/state-aid/calendar-date';
import { parsePage } from '../../shared/lib/query';
import type { TAidBasis } from '../../../src/contract/aid';

export interface TLedgerFilters {
  from: string;
  to: string;
  basis: '' | TAidBasis;
  q: string;
  page: number;
}

const date = (v: string | null): string => (v && isCalendarDate(v) ? v : '');

export function parseLedgerFilters(search: URLSearchParams): TLedgerFilters {
  const basis = search.get('basis') ?? '';
  return {
    from: date(search.get('from')),
    to: date(search.get('to')),
    basis: (AID_BASES as readonly string[]).includes(basis) ? (basis as TAidBasis) : '',
    q: (search.get('q') ?? '').slice(0, 100),
    page: parsePage(search.get('page')),
  };
}

/** Empty values and page 1 are left out, so the plain ledger has a plain URL. */
export function ledgerFiltersToSearch(f: TLedgerFilters): string {
  const params = new URLSearchParams();
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.basis) params.set('basis', f.basis);
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.page > 1) params.set('page', String(f.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function isLedgerFiltered(f: TLedgerFilters): boolean {
  return !!(f.from || f.to || f.basis || f.q.trim());
}

/**
 * The period of the export files: the ledger's period, or from 1 January of this year to today where it is
 * open (the Commission's file needs both ends). A reversed period is put in order.
 */
export function exportPeriod(f: Pick<TLedgerFilters, 'from' | 'to'>, today: string): { from: string; to: string } {
  const from = f.from || `${today.slice(0, 4)}-01-01`;
  const to = f.to || today;
  return from <= to ? { from, to } : { from: to, to: from };
}
