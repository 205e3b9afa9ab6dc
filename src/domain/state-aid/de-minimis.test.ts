import { describe, expect, it } from 'vitest';
import type { TAidBasis } from './aid';
import {
  checkDeMinimisGrant,
  countsAgainstCeiling,
  DE_MINIMIS_CEILING_CENTS,
  deMinimisHeadroom,
  deMinimisWindow,
  type TAidDeclaration,
  type TAidGrant,
  type TDeMinimisInput,
} from './de-minimis';

const EUR = 100;
const grant = (
  grantDate: string,
  amountEur: number,
  organisationId = 'A',
  basis: TAidBasis = 'de_minimis',
  id?: string,
): TAidGrant => ({
  organisationId,
  amountCents: amountEur * EUR,
  grantDate,
  basis,
  ...(id ? { id } : {}),
});
const declared = (grantDate: string, amountEur: number, organisationId = 'A'): TAidDeclaration => ({
  organisationId,
  amountCents: amountEur * EUR,
  grantDate,
});

function headroom(grantDate: string, grants: TAidGrant[], extra: Partial<TDeMinimisInput> = {}) {
  return deMinimisHeadroom({ grantDate, grants, declarations: [], singleUndertaking: ['A'], ...extra });
}

describe('deMinimisWindow', () => {
  it('runs from the same day three years earlier to the grant day', () => {
    expect(deMinimisWindow('2026-03-10')).toEqual({ start: '2023-03-10', end: '2026-03-10' });
    expect(deMinimisWindow('2027-01-01')).toEqual({ start: '2024-01-01', end: '2027-01-01' });
  });

  it('starts a grant on 29 February on 28 February three years earlier (the wider reading)', () => {
    expect(deMinimisWindow('2028-02-29')).toEqual({ start: '2025-02-28', end: '2028-02-29' });
  });

  it('keeps 29 February when the earlier year has one', () => {
    expect(deMinimisWindow('2027-02-28')).toEqual({ start: '2024-02-28', end: '2027-02-28' });
    expect(deMinimisWindow('2027-03-01')).toEqual({ start: '2024-03-01', end: '2027-03-01' });
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => deMinimisWindow('2026-02-29')).toThrow(RangeError);
    expect(() => deMinimisWindow('10.03.2026')).toThrow(RangeError);
  });
});

describe('deMinimisHeadroom: the window edges', () => {
  it('counts a grant made exactly three years before', () => {
    expect(headroom('2026-03-10', [grant('2023-03-10', 1_000)]).usedCents).toBe(1_000 * EUR);
  });

  it('does not count a grant made one day earlier', () => {
    expect(headroom('2026-03-10', [grant('2023-03-09', 1_000)]).usedCents).toBe(0);
  });

  it('counts a grant on the grant day itself', () => {
    expect(headroom('2026-03-10', [grant('2026-03-10', 1_000)]).usedCents).toBe(1_000 * EUR);
  });

  it('does not count a grant dated after the grant day', () => {
    expect(headroom('2026-03-10', [grant('2026-03-11', 1_000)]).usedCents).toBe(0);
  });

  it('crosses a year boundary', () => {
    const h = headroom('2026-01-01', [
      grant('2022-12-31', 1),
      grant('2023-01-01', 2),
      grant('2025-12-31', 4),
      grant('2026-01-02', 8),
    ]);
    expect(h.usedCents).toBe(6 * EUR);
  });

  describe('leap day', () => {
    it('for a grant on 2028-02-29 counts aid of 2025-02-28 but not of 2025-02-27', () => {
      const h = headroom('2028-02-29', [
        grant('2025-02-27', 1),
        grant('2025-02-28', 10),
        grant('2025-03-01', 100),
        grant('2028-02-29', 1_000),
      ]);
      expect(h).toMatchObject({ windowStart: '2025-02-28', windowEnd: '2028-02-29', usedCents: 1_110 * EUR });
    });

    it('counts aid granted on 2024-02-29 until 2027-02-28, not on 2027-03-01', () => {
      expect(headroom('2027-02-28', [grant('2024-02-29', 500)]).usedCents).toBe(500 * EUR);
      expect(headroom('2027-03-01', [grant('2024-02-29', 500)]).usedCents).toBe(0);
    });
  });
});

describe('deMinimisHeadroom: what counts', () => {
  it('adds up the linked members of the single undertaking, not an unrelated organisation', () => {
    const h = headroom(
      '2026-06-01',
      [
        grant('2025-01-10', 100_000, 'parent'),
        grant('2025-05-10', 50_000, 'subsidiary'),
        grant('2025-05-10', 70_000, 'stranger'),
      ],
      {
        singleUndertaking: ['subsidiary', 'parent'],
      },
    );
    expect(h.usedCents).toBe(150_000 * EUR);
    expect(h.remainingCents).toBe(150_000 * EUR);
    expect(h.counted.map((c) => c.organisationId)).toEqual(['parent', 'subsidiary']);
  });

  it('counts declared aid from other grantors of every member, within the window', () => {
    const h = headroom('2026-06-01', [grant('2026-01-01', 10_000)], {
      singleUndertaking: ['A', 'B'],
      declarations: [
        declared('2024-02-01', 20_000, 'A'),
        declared('2025-02-01', 30_000, 'B'),
        declared('2023-05-31', 40_000, 'A'),
        declared('2025-02-01', 80_000, 'C'),
      ],
    });
    expect(h.usedCents).toBe(60_000 * EUR);
    expect(h.counted).toEqual([
      { source: 'declaration', organisationId: 'A', amountCents: 20_000 * EUR, grantDate: '2024-02-01', basis: null },
      { source: 'declaration', organisationId: 'B', amountCents: 30_000 * EUR, grantDate: '2025-02-01', basis: null },
      { source: 'grant', organisationId: 'A', amountCents: 10_000 * EUR, grantDate: '2026-01-01', basis: 'de_minimis' },
    ]);
  });

  it('counts old 1407/2013 aid at its value, and never GBER or no-aid grants', () => {
    const h = headroom('2026-06-01', [
      grant('2024-01-01', 150_000, 'A', 'de_minimis_1407'),
      grant('2025-01-01', 1_000, 'A', 'de_minimis'),
      grant('2025-01-01', 90_000, 'A', 'gber'),
      grant('2025-01-01', 80_000, 'A', 'none'),
    ]);
    expect(h.usedCents).toBe(151_000 * EUR);
    expect(h.counted.map((c) => c.basis)).toEqual(['de_minimis_1407', 'de_minimis']);
  });

  it('never counts a revoked grant (the request was cancelled before delivery), so its amount is headroom again', () => {
    const kept = grant('2025-01-01', 1_000, 'A', 'de_minimis', 'kept');
    const revoked = { ...grant('2025-02-01', 299_000, 'A', 'de_minimis', 'revoked'), revoked: true };
    const h = headroom('2026-06-01', [kept, revoked]);
    expect(h.usedCents).toBe(1_000 * EUR);
    expect(h.counted.map((c) => c.id)).toEqual(['kept']);
    expect(countsAgainstCeiling(revoked)).toBe(false);
    expect(countsAgainstCeiling(kept)).toBe(true);
    expect(countsAgainstCeiling({ basis: 'gber' })).toBe(false);
    const check = checkDeMinimisGrant({
      grantDate: '2026-06-01',
      grants: [kept, revoked],
      declarations: [],
      singleUndertaking: ['A'],
      newAmountCents: 299_000 * EUR,
    });
    expect(check.ok).toBe(true);
  });

  it('passes ledger ids through', () => {
    const h = headroom('2026-06-01', [grant('2025-01-01', 1, 'A', 'de_minimis', 'g-1')], {
      declarations: [{ id: 'd-1', organisationId: 'A', amountCents: 5, grantDate: '2025-01-02' }],
    });
    expect(h.counted.map((c) => c.id)).toEqual(['g-1', 'd-1']);
  });

  it('reports nothing used and the whole ceiling left for a first grant', () => {
    expect(headroom('2026-06-01', [])).toEqual({
      windowStart: '2023-06-01',
      windowEnd: '2026-06-01',
      ceilingCents: DE_MINIMIS_CEILING_CENTS,
      usedCents: 0,
      remainingCents: 300_000 * EUR,
      counted: [],
    });
  });

  it('reports no headroom, not a negative one, when declarations alone pass the ceiling', () => {
    const h = headroom('2026-06-01', [], { declarations: [declared('2025-01-01', 310_000)] });
    expect(h).toMatchObject({ usedCents: 310_000 * EUR, remainingCents: 0 });
  });

  it('uses a hub ceiling when one is given', () => {
    expect(headroom('2026-06-01', [grant('2025-01-01', 50_000)], { ceilingCents: 200_000 * EUR }).remainingCents).toBe(
      150_000 * EUR,
    );
  });

  it('refuses bad ledger data even outside the window', () => {
    expect(() => headroom('2026-06-01', [grant('2019-02-30', 1)])).toThrow(RangeError);
    expect(() =>
      headroom('2026-06-01', [{ organisationId: 'Z', amountCents: 1.5, grantDate: '2019-01-01', basis: 'gber' }]),
    ).toThrow(RangeError);
    expect(() => headroom('2026-06-01', [], { ceilingCents: -1 })).toThrow(RangeError);
  });
});

describe('checkDeMinimisGrant', () => {
  const used = [grant('2025-01-01', 250_000, 'parent'), grant('2026-01-01', 49_000, 'A')];
  const check = (newAmountCents: number) =>
    checkDeMinimisGrant({
      grantDate: '2026-06-01',
      grants: used,
      declarations: [],
      singleUndertaking: ['A', 'parent'],
      newAmountCents,
    });

  it('allows a grant that reaches the ceiling exactly', () => {
    expect(check(1_000 * EUR)).toEqual({
      ok: true,
      windowStart: '2023-06-01',
      windowEnd: '2026-06-01',
      ceilingCents: 300_000 * EUR,
      usedAfter: 300_000 * EUR,
      remainingAfter: 0,
    });
  });

  it('refuses a grant one cent over, stating the headroom', () => {
    expect(check(1_000 * EUR + 1)).toEqual({
      ok: false,
      code: 'de_minimis_ceiling_exceeded',
      windowStart: '2023-06-01',
      windowEnd: '2026-06-01',
      ceilingCents: 300_000 * EUR,
      usedCents: 299_000 * EUR,
      remainingCents: 1_000 * EUR,
      requestedCents: 1_000 * EUR + 1,
      message:
        'Aid of EUR 1000.01 would exceed the de minimis ceiling of EUR 300000.00 for the single undertaking (2023-06-01 to 2026-06-01): ' +
        'EUR 299000.00 used, headroom EUR 1000.00',
    });
  });

  it('states the headroom to the cent', () => {
    const result = checkDeMinimisGrant({
      grantDate: '2026-06-01',
      grants: [{ organisationId: 'A', amountCents: 299_987_66, grantDate: '2026-05-01', basis: 'de_minimis' }],
      declarations: [],
      singleUndertaking: ['A'],
      newAmountCents: 20_00,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/headroom EUR 12\.34$/);
  });

  it('counts declarations when deciding', () => {
    const input = { grantDate: '2026-06-01', grants: [], singleUndertaking: ['A'], newAmountCents: 100_000 * EUR };
    expect(checkDeMinimisGrant({ ...input, declarations: [declared('2024-01-01', 200_000)] }).ok).toBe(true);
    expect(
      checkDeMinimisGrant({ ...input, declarations: [declared('2024-01-01', 200_000), declared('2025-01-01', 1)] }).ok,
    ).toBe(false);
  });

  it('allows the grant once older aid has left the window', () => {
    const input = {
      grants: [grant('2023-06-01', 300_000)],
      declarations: [],
      singleUndertaking: ['A'],
      newAmountCents: 1,
    };
    expect(checkDeMinimisGrant({ ...input, grantDate: '2026-06-01' }).ok).toBe(false);
    expect(checkDeMinimisGrant({ ...input, grantDate: '2026-06-02' }).ok).toBe(true);
  });

  it('is not affected by an unrelated organisation, GBER aid or a future grant', () => {
    const result = checkDeMinimisGrant({
      grantDate: '2026-06-01',
      grants: [
        grant('2025-01-01', 300_000, 'stranger'),
        grant('2025-01-01', 300_000, 'A', 'gber'),
        grant('2026-06-02', 300_000, 'A'),
      ],
      declarations: [],
      singleUndertaking: ['A'],
      newAmountCents: 300_000 * EUR,
    });
    expect(result).toMatchObject({ ok: true, usedAfter: 300_000 * EUR, remainingAfter: 0 });
  });

  it('refuses a new amount that is not whole cents', () => {
    expect(() => check(0.5)).toThrow(RangeError);
  });
});
