import { describe, expect, it } from 'vitest';
import { assessmentFiltersToSearch, isFiltered, parseAssessmentFilters } from './filters';
import { importContentType, XLSX_TYPE } from './upload';

describe('assessment list filters in the URL', () => {
  it('reads allowed values and drops the rest', () => {
    const f = parseAssessmentFilters(new URLSearchParams('questionnaire=pso&stage=T1&status=submitted&q=дрон&page=3'));
    expect(f).toEqual({ questionnaire: 'pso', stage: 'T1', status: 'submitted', q: 'дрон', page: 3 });
    const bad = parseAssessmentFilters(new URLSearchParams('questionnaire=x&stage=T9&status=open&page=-1'));
    expect(bad).toEqual({ questionnaire: '', stage: '', status: '', q: '', page: 1 });
    expect(isFiltered(bad)).toBe(false);
    expect(isFiltered({ ...bad, stage: 'T0' })).toBe(true);
  });

  it('writes a plain URL for the plain list and round-trips', () => {
    expect(assessmentFiltersToSearch({ questionnaire: '', stage: '', status: '', q: ' ', page: 1 })).toBe('');
    const s = assessmentFiltersToSearch({ questionnaire: 'sme', stage: 'T0', status: 'draft', q: 'a b', page: 2 });
    expect(s).toBe('?questionnaire=sme&stage=T0&status=draft&q=a+b&page=2');
    expect(parseAssessmentFilters(new URLSearchParams(s.slice(1)))).toEqual({
      questionnaire: 'sme',
      stage: 'T0',
      status: 'draft',
      q: 'a b',
      page: 2,
    });
  });
});

describe('import content type', () => {
  it('follows the file extension', () => {
    expect(importContentType('My SMEs DMA Results.XLSX')).toBe(XLSX_TYPE);
    expect(importContentType('results.csv')).toBe('text/csv');
    expect(importContentType('results.xls')).toBeNull();
  });
});
