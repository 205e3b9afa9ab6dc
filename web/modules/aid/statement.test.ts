import { describe, expect, it } from 'vitest';
import { eurToCents, gaugeLevel, otherGroupMembers, usedPercent } from './statement';
import type { TAidStatementGrant } from '../../../src/contract/aid';

const grant = (organisationId: string, organisationName: string): TAidStatementGrant => ({
  id: `g-${organisationId}`,
  organisationId,
  organisationName,
  requestId: null,
  serviceId: null,
  description: 'Training',
  amount: 900,
  grantDate: '2026-01-10',
  basis: 'de_minimis',
  gberArticle: null,
  noAidReason: null,
  counted: true,
  revokedAt: null,
  revokeReason: null,
});

describe('aid statement readings', () => {
  it('turns EUR with two decimals into exact cents', () => {
    expect(eurToCents(300000)).toBe(30_000_000);
    expect(eurToCents(0.29)).toBe(29);
    expect(eurToCents(1234.56)).toBe(123_456);
  });

  it('rounds the used share down so a sliver of headroom never shows as 100 %', () => {
    expect(usedPercent({ ceiling: 300000, used: 0 })).toBe(0);
    expect(usedPercent({ ceiling: 300000, used: 150000 })).toBe(50);
    expect(usedPercent({ ceiling: 300000, used: 299999.99 })).toBe(99.9);
    expect(usedPercent({ ceiling: 300000, used: 300000 })).toBe(100);
    // Declarations alone may exceed the ceiling; the bar stops at full.
    expect(usedPercent({ ceiling: 300000, used: 450000 })).toBe(100);
  });

  it('warns from three quarters used and says full when nothing is left', () => {
    expect(gaugeLevel({ ceiling: 300000, used: 224999.99, remaining: 75000.01 })).toBe('ok');
    expect(gaugeLevel({ ceiling: 300000, used: 225000, remaining: 75000 })).toBe('warn');
    expect(gaugeLevel({ ceiling: 300000, used: 300000, remaining: 0 })).toBe('full');
  });

  it('names the other members of the group from their grants and counts the rest', () => {
    const members = otherGroupMembers(
      {
        singleUndertaking: ['self', 'b', 'c', 'd'],
        grants: [grant('self', 'Self'), grant('c', 'Телелинк Сити'), grant('c', 'Телелинк Сити')],
      },
      'self',
    );
    expect(members).toEqual({ named: [{ id: 'c', name: 'Телелинк Сити' }], unnamedCount: 2 });
    expect(otherGroupMembers({ singleUndertaking: ['self'], grants: [] }, 'self')).toEqual({
      named: [],
      unnamedCount: 0,
    });
  });
});
