import { describe, expect, it } from 'vitest';
import { ORGANISATION_TYPES } from '../../../contract/common';
import { customerType, SERVICES_COLUMNS } from './services-file';

describe('the Customer type column', () => {
  it('reports SMEs (start-ups included), small mid-caps and PSOs as the platform names them', () => {
    expect(customerType('sme')).toBe('SME');
    expect(customerType('start_up')).toBe('SME');
    expect(customerType('small_mid_cap')).toBe('Small mid-cap');
    expect(customerType('pso')).toBe('PSO');
  });

  it('never reports a large enterprise, a research organisation, an NGO or another customer as an SME', () => {
    expect(customerType('large_enterprise')).toBe('Large enterprise');
    expect(customerType('research_education')).toBe('Other (research/education)');
    expect(customerType('ngo')).toBe('Other (NGO)');
    expect(customerType('other')).toBe('Other');
    expect(customerType('something new')).toBe('Other');
    const sme = ORGANISATION_TYPES.filter((type) => customerType(type) === 'SME');
    expect(sme).toEqual(['sme', 'start_up']);
  });

  it('keeps the column name of the platform', () => {
    expect(SERVICES_COLUMNS.map((c) => c.header)).toContain('Customer type');
  });
});
