import { describe, expect, it } from 'vitest';
import { assessSelfDeclaredEnterprise, type TSelfCheckLink } from './self-check';

const link = (over: Partial<TSelfCheckLink>): TSelfCheckLink => ({
  relation: 'owned_by',
  capitalShare: 0,
  votingShare: 0,
  boardControl: false,
  dominantInfluence: false,
  votingAgreement: false,
  isPublicBody: false,
  figures: [],
  ...over,
});

describe('assessSelfDeclaredEnterprise', () => {
  const own = [{ year: 2025, staff: 8, turnover: 1e6, balanceSheet: 1e6 }];

  it('an enterprise without links is autonomous', () => {
    expect(assessSelfDeclaredEnterprise(own, [])).toMatchObject({
      status: 'autonomous',
      category: 'micro',
      isSme: true,
    });
  });

  it('adds a controlled enterprise in full, and names it in the reasons as given', () => {
    const r = assessSelfDeclaredEnterprise(own, [
      link({
        relation: 'owns',
        name: 'Дъщерна',
        capitalShare: 70,
        votingShare: 70,
        figures: [{ year: 2025, staff: 5, turnover: 1e6, balanceSheet: 1e6 }],
      }),
    ]);
    expect(r.status).toBe('linked');
    expect(r.aggregated[0].staff).toBe(13);
    expect(r.category).toBe('small');
    const mentioned = r.reasons.flatMap((x) => Object.values(x.params));
    expect(mentioned).toContain('Дъщерна');
    expect(mentioned).not.toContain('link-0');
  });

  it('a public body holding 25 % excludes the enterprise from the SMEs', () => {
    const r = assessSelfDeclaredEnterprise(own, [link({ capitalShare: 25, votingShare: 25, isPublicBody: true })]);
    expect(r).toMatchObject({ isSme: false, publicBodyExcluded: true });
  });
});
