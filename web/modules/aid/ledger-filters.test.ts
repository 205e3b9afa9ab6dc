import { describe, expect, it } from 'vitest';
import { exportPeriod, isLedgerFiltered, ledgerFiltersToSearch, parseLedgerFilters } from './ledger-filters';

describe('aid ledger filters in the URL', () => {
  it('reads allowed values and drops the rest', () => {
    expect(parseLedgerFilters(new URLSearchParams('from=2026-01-01&to=2026-02-30&basis=gber&q=дрон&page=3'))).toEqual({
      from: '2026-01-01',
      to: '',
      basis: 'gber',
      q: 'дрон',
      page: 3,
    });
    expect(parseLedgerFilters(new URLSearchParams('basis=bribe&page=-1'))).toEqual({
      from: '',
      to: '',
      basis: '',
      q: '',
      page: 1,
    });
  });

  it('writes them back without empty values or page 1, round-tripping', () => {
    const f = { from: '2026-01-01', to: '2026-06-30', basis: 'de_minimis' as const, q: ' Про ', page: 1 };
    expect(ledgerFiltersToSearch(f)).toBe('?from=2026-01-01&to=2026-06-30&basis=de_minimis&q=%D0%9F%D1%80%D0%BE');
    expect(parseLedgerFilters(new URLSearchParams(ledgerFiltersToSearch({ ...f, page: 2 })))).toEqual({
      ...f,
      q: 'Про',
      page: 2,
    });
    expect(ledgerFiltersToSearch({ from: '', to: '', basis: '', q: '', page: 1 })).toBe('');
  });

  it('says when anything but the page narrows the list', () => {
    expect(isLedgerFiltered({ from: '', to: '', basis: '', q: ' ', page: 4 })).toBe(false);
    expect(isLedgerFiltered({ from: '', to: '', basis: 'none', q: '', page: 1 })).toBe(true);
  });

  it('closes an open period for the export files and orders a reversed one', () => {
    expect(exportPeriod({ from: '', to: '' }, '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-11-23' });
    expect(exportPeriod({ from: '2025-07-01', to: '' }, '2026-11-23')).toEqual({
      from: '2025-07-01',
      to: '2026-11-23',
    });
    expect(exportPeriod({ from: '2026-05-01', to: '2026-02-01' }, '2026-11-23')).toEqual({
      from: '2026-02-01',
      to: '2026-05-01',
    });
  });
});
