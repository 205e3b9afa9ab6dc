import { describe, expect, it } from 'vitest';
import {
  auditFiltersToSearch,
  EMPTY_ORGANISATION_FILTERS,
  organisationFiltersToSearch,
  pageCount,
  parseAuditFilters,
  parseOrganisationFilters,
  parsePage,
  parseUserFilters,
  safeNext,
  userFiltersToSearch,
} from './query';

describe('list query strings', () => {
  it('counts pages, at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(5, 0)).toBe(1);
  });

  it('keeps the audit log entity type as ?entityType=, at most 50 characters', () => {
    expect(
      parseAuditFilters(
        new URLSearchParams('actor=ada&action=request.close&entityType=organisation&from=2026-01-01&page=2'),
      ),
    ).toEqual({
      q: 'ada',
      action: 'request.close',
      entityType: 'organisation',
      from: '2026-01-01',
      to: '',
      page: 2,
    });
    expect(parseAuditFilters(new URLSearchParams(`entityType=${'x'.repeat(60)}`)).entityType).toHaveLength(50);
    expect(parseAuditFilters(new URLSearchParams('action=DROP TABLE&to=tomorrow'))).toMatchObject({
      action: '',
      to: '',
    });
    const none = { q: '', action: '', entityType: '', from: '', to: '', page: 1 };
    expect(auditFiltersToSearch({ ...none, q: ' ada ', entityType: 'user', page: 3 })).toBe(
      '?actor=ada&entityType=user&page=3',
    );
    expect(auditFiltersToSearch({ ...none, action: 'request', from: '2026-01-01', to: '2026-01-31' })).toBe(
      '?action=request&from=2026-01-01&to=2026-01-31',
    );
    expect(auditFiltersToSearch(none)).toBe('');
  });

  it('reads only positive whole page numbers', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage('0')).toBe(1);
    expect(parsePage('-2')).toBe(1);
    expect(parsePage('1.5')).toBe(1);
    expect(parsePage('abc')).toBe(1);
    expect(parsePage(null)).toBe(1);
  });

  it('round-trips organisation filters through the URL', () => {
    const f = { q: 'Загоре', type: 'sme', nuts2: 'BG34', oblast: 'BG344', partner: 'true' as const, page: 3 };
    const search = organisationFiltersToSearch(f);
    expect(parseOrganisationFilters(new URLSearchParams(search))).toEqual(f);
  });

  it('leaves defaults out of the URL so the plain list has a plain address', () => {
    expect(organisationFiltersToSearch(EMPTY_ORGANISATION_FILTERS)).toBe('');
    expect(organisationFiltersToSearch({ ...EMPTY_ORGANISATION_FILTERS, q: '  ', page: 1 })).toBe('');
  });

  it('drops filter values that are not allowed', () => {
    const f = parseOrganisationFilters(new URLSearchParams('type=castle&partner=maybe&oblast=<x>&nuts2=BG34&page=2'));
    expect(f).toEqual({ ...EMPTY_ORGANISATION_FILTERS, nuts2: 'BG34', page: 2 });
  });

  it('round-trips user filters and rejects unknown roles', () => {
    const f = { q: 'maria', role: 'staff', page: 2 };
    expect(parseUserFilters(new URLSearchParams(userFiltersToSearch(f)))).toEqual(f);
    expect(parseUserFilters(new URLSearchParams('role=king')).role).toBe('');
  });

  it('follows only same-site paths after sign-in', () => {
    expect(safeNext('/organisations/new')).toBe('/organisations/new');
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext(null, '/home')).toBe('/home');
  });
});
