import { describe, expect, it } from 'vitest';
import {
  AID_BASES,
  aidAmount,
  countsTowardDeMinimis,
  DELIVERY_AID_BASES,
  deliveryAid,
  marketValueCents,
  reportedNationalShare,
  serviceAid,
} from './aid';

describe('aidAmount', () => {
  it('is the market value minus the price paid', () => {
    expect(aidAmount({ marketValue: 1_200_00, pricePaid: 0 })).toBe(1_200_00);
    expect(aidAmount({ marketValue: 1_200_00, pricePaid: 200_01 })).toBe(999_99);
  });

  it('is zero, not negative, when the customer pays the full price or more', () => {
    expect(aidAmount({ marketValue: 500_00, pricePaid: 500_00 })).toBe(0);
    expect(aidAmount({ marketValue: 500_00, pricePaid: 600_00 })).toBe(0);
  });

  it.each([
    { marketValue: 100.5, pricePaid: 0 },
    { marketValue: 100, pricePaid: -1 },
    { marketValue: Number.NaN, pricePaid: 0 },
  ])('refuses amounts that are not whole cents: %o', (input) => {
    expect(() => aidAmount(input)).toThrow(RangeError);
  });
});

describe('reportedNationalShare', () => {
  it('takes the share of the aid', () => {
    expect(reportedNationalShare(1_000_00, 50)).toBe(500_00);
    expect(reportedNationalShare(1_000_00, 100)).toBe(1_000_00);
    expect(reportedNationalShare(1_000_00, 0)).toBe(0);
  });

  it('rounds half a cent up', () => {
    expect(reportedNationalShare(1, 50)).toBe(1); // 0.5 → 1
    expect(reportedNationalShare(3, 50)).toBe(2); // 1.5 → 2
    expect(reportedNationalShare(12_345, 50)).toBe(6_173); // 6172.5 → 6173
  });

  it('rounds below half a cent down', () => {
    expect(reportedNationalShare(1, 49)).toBe(0); // 0.49
    expect(reportedNationalShare(100_01, 33.33)).toBe(33_33); // 3333.3333
  });

  it('keeps fractional percentages exact', () => {
    // 0.35 % of EUR 1 000.00 = 3.50 exactly; as floats 0.35 × 100000 is 34999.999…
    expect(reportedNationalShare(1_000_00, 0.35)).toBe(3_50);
    expect(reportedNationalShare(200_000_00, 15.5)).toBe(31_000_00);
    // 12.345 % of 1000 cents = 123.45 → 123; of 10 000 cents = 1234.5 → 1235
    expect(reportedNationalShare(1_000, 12.345)).toBe(123);
    expect(reportedNationalShare(10_000, 12.345)).toBe(1_235);
  });

  it('works for the largest ledger amounts without losing cents', () => {
    expect(reportedNationalShare(90_071_992_547_409, 50)).toBe(45_035_996_273_705); // …704.5 → …705
  });

  it.each([-1, 100.01, Number.NaN])('refuses the share %d', (share) => {
    expect(() => reportedNationalShare(100, share)).toThrow(RangeError);
  });

  it('refuses a share with more than four decimals', () => {
    expect(() => reportedNationalShare(100, 33.333333)).toThrow(/at most 4 decimals/);
  });
});

describe('marketValueCents', () => {
  it('takes a fixed value as the value of the whole service', () => {
    expect(marketValueCents({ unit: 'fixed', unitValueCents: 2_500_00 })).toBe(2_500_00);
    expect(marketValueCents({ unit: 'fixed', unitValueCents: 2_500_00, quantity: 3 })).toBe(2_500_00);
  });

  it('multiplies a daily or hourly rate by the quantity', () => {
    expect(marketValueCents({ unit: 'per_day', unitValueCents: 800_00, quantity: 3 })).toBe(2_400_00);
    expect(marketValueCents({ unit: 'per_hour', unitValueCents: 95_50, quantity: 12 })).toBe(1_146_00);
  });

  it('allows parts of a day or hour, rounded half up to the cent', () => {
    expect(marketValueCents({ unit: 'per_day', unitValueCents: 800_00, quantity: 0.5 })).toBe(400_00);
    expect(marketValueCents({ unit: 'per_hour', unitValueCents: 1_01, quantity: 1.5 })).toBe(1_52); // 151.5 → 152
    expect(marketValueCents({ unit: 'per_hour', unitValueCents: 33, quantity: 0.1 })).toBe(3); // 3.3 → 3
    expect(marketValueCents({ unit: 'per_hour', unitValueCents: 1_00, quantity: 1.005 })).toBe(1_01); // 100.5 → 101
  });

  it.each([undefined, 0, -1, Number.NaN])('refuses the quantity %s for a rate', (quantity) => {
    expect(() => marketValueCents({ unit: 'per_day', unitValueCents: 100, quantity })).toThrow(RangeError);
  });

  it('refuses quantities finer than a thousandth and rates that are not whole cents', () => {
    expect(() => marketValueCents({ unit: 'per_hour', unitValueCents: 100, quantity: 1.0001 })).toThrow(
      /at most 3 decimals/,
    );
    expect(() => marketValueCents({ unit: 'fixed', unitValueCents: 10.5 })).toThrow(RangeError);
  });
});

describe('bases', () => {
  it('counts de minimis (new and 1407/2013) against the ceiling, not GBER or no aid', () => {
    expect(AID_BASES.filter(countsTowardDeMinimis)).toEqual(['de_minimis', 'de_minimis_1407']);
  });
});

describe('serviceAid', () => {
  const base = {
    unit: 'per_day',
    unitValueCents: 700_00,
    quantity: 2,
    pricePaidCents: 100_00,
    nationalSharePercent: 50,
  } as const;

  it('fills a de minimis delivery', () => {
    expect(serviceAid({ ...base, basis: 'de_minimis' })).toEqual({
      marketValueCents: 1_400_00,
      pricePaidCents: 100_00,
      aidCents: 1_300_00,
      reportedNationalCents: 650_00,
      basis: 'de_minimis',
      countsTowardDeMinimis: true,
    });
  });

  it('records GBER aid and its national share, without counting it toward de minimis', () => {
    expect(serviceAid({ ...base, basis: 'gber' })).toMatchObject({
      aidCents: 1_300_00,
      reportedNationalCents: 650_00,
      countsTowardDeMinimis: false,
    });
  });

  it('gives no aid when the basis is none', () => {
    expect(serviceAid({ ...base, basis: 'none' })).toMatchObject({
      marketValueCents: 1_400_00,
      aidCents: 0,
      reportedNationalCents: 0,
      countsTowardDeMinimis: false,
    });
  });

  it('refuses a price that is not whole cents even without aid', () => {
    expect(() => serviceAid({ ...base, basis: 'none', pricePaidCents: 1.5 })).toThrow(RangeError);
  });
});

describe('deliveryAid', () => {
  it('derives the aid from the value and the price, and the national share from the aid', () => {
    expect(
      deliveryAid({ valueCents: 900_00, pricePaidCents: 100_00, basis: 'de_minimis', nationalSharePercent: 50 }),
    ).toEqual({
      aidCents: 800_00,
      nationalShareCents: 400_00,
    });
    expect(deliveryAid({ valueCents: 1_000_01, pricePaidCents: 0, basis: 'gber', nationalSharePercent: 37.5 })).toEqual(
      {
        aidCents: 1_000_01,
        nationalShareCents: 375_00,
      },
    );
    expect(
      deliveryAid({ valueCents: 500_00, pricePaidCents: 500_00, basis: 'de_minimis', nationalSharePercent: 50 }),
    ).toEqual({
      aidCents: 0,
      nationalShareCents: 0,
    });
  });

  it('is zero for a service that is no aid, whatever its value', () => {
    expect(deliveryAid({ valueCents: 900_00, pricePaidCents: 0, basis: 'none', nationalSharePercent: 50 })).toEqual({
      aidCents: 0,
      nationalShareCents: 0,
    });
  });

  it('refuses a price above the value and amounts that are not whole cents', () => {
    expect(() =>
      deliveryAid({ valueCents: 100, pricePaidCents: 101, basis: 'de_minimis', nationalSharePercent: 50 }),
    ).toThrow(RangeError);
    expect(() =>
      deliveryAid({ valueCents: 100.5, pricePaidCents: 0, basis: 'de_minimis', nationalSharePercent: 50 }),
    ).toThrow(RangeError);
  });

  it('offers every basis but the old Regulation 1407/2013 to new deliveries', () => {
    expect(DELIVERY_AID_BASES).toEqual(AID_BASES.filter((b) => b !== 'de_minimis_1407'));
  });
});
