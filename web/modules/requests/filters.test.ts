import { describe, expect, it } from 'vitest';
import {
  boardFiltersToSearch,
  isRequestListFiltered,
  parseBoardFilters,
  parseRequestFilters,
  requestFiltersToSearch,
} from './filters';

const ORG = '3f1c2a9e-5b7d-4c1e-9a2b-0c4d5e6f7a8b';

describe('request list filters in the URL', () => {
  it('reads allowed values and drops the rest', () => {
    const f = parseRequestFilters(
      new URLSearchParams(`status=accepted&family=nope&organisationId=${ORG.toUpperCase()}&q=drone&page=3`),
    );
    expect(f).toEqual({ status: 'accepted', family: '', organisationId: ORG, q: 'drone', page: 3 });
    expect(parseRequestFilters(new URLSearchParams('status=done&organisationId=1;drop&page=-2'))).toEqual({
      status: '',
      family: '',
      organisationId: '',
      q: '',
      page: 1,
    });
  });

  it('writes a plain URL for the plain list and round-trips the rest', () => {
    expect(requestFiltersToSearch({ status: '', family: '', organisationId: '', q: '  ', page: 1 })).toBe('');
    const f = { status: 'in_progress', family: 'skills_training', organisationId: ORG, q: 'ai', page: 2 } as const;
    const s = requestFiltersToSearch(f);
    expect(s).toBe(`?status=in_progress&family=skills_training&organisationId=${ORG}&q=ai&page=2`);
    expect(parseRequestFilters(new URLSearchParams(s))).toEqual(f);
  });

  it('counts a narrowing filter, not the page', () => {
    expect(isRequestListFiltered({ status: '', family: '', organisationId: '', q: '', page: 4 })).toBe(false);
    expect(isRequestListFiltered({ status: 'closed', family: '', organisationId: '', q: '', page: 1 })).toBe(true);
  });
});

describe('board filters in the URL', () => {
  it('keeps a partner id and a family', () => {
    const s = boardFiltersToSearch({ partnerId: ORG, family: 'test_before_invest' });
    expect(s).toBe(`?partnerId=${ORG}&family=test_before_invest`);
    expect(parseBoardFilters(new URLSearchParams(s))).toEqual({ partnerId: ORG, family: 'test_before_invest' });
    expect(parseBoardFilters(new URLSearchParams('partnerId=abc&family=x'))).toEqual({ partnerId: '', family: '' });
    expect(boardFiltersToSearch({ partnerId: '', family: '' })).toBe('');
  });
});
