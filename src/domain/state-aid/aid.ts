/**
 * The aid a hub service represents (shared/design/state-aid.md): aid = market value − price paid (excl. VAT),
 * and the part of it that is reported as national/regional public money. All amounts are integer euro cents.
 */
import { assertCents } from './money';

/**
 * Legal bases of a grant: de minimis under Regulation (EU) 2023/2831, older de minimis under Regulation
 * 1407/2013 (still counted at its value), GBER (Regulation 651/2014, not counted against de minimis), or no aid
 * (e.g. a PSO in its non-economic public capacity).
 */
export const AID_BASES = ['de_minimis', 'de_minimis_1407', 'gber', 'none'] as const;
export type TAidBasis = (typeof AID_BASES)[number];

/**
 * Bases a new delivery (or a new service) may rest on. Aid under the old Regulation 1407/2013 is no longer granted:
 * it enters the ledger only as history (declared by the customer, or old grants kept as they were) and counts there.
 */
export const DELIVERY_AID_BASES = ['de_minimis', 'gber', 'none'] as const satisfies readonly TAidBasis[];
export type TDeliveryAidBasis = (typeof DELIVERY_AID_BASES)[number];

/** Bases whose grants count against the de minimis ceiling. */
export const DE_MINIMIS_BASES: readonly TAidBasis[] = ['de_minimis', 'de_minimis_1407'];

export function countsTowardDeMinimis(basis: TAidBasis): boolean {
  return DE_MINIMIS_BASES.includes(basis);
}

/** How the catalogue states a service's market value. */
export const MARKET_VALUE_UNITS = ['fixed', 'per_day', 'per_hour'] as const;
export type TMarketValueUnit = (typeof MARKET_VALUE_UNITS)[number];

/** Quantities (days, hours) are taken to a thousandth, so half a day or 1.25 hours are exact. */
const QUANTITY_SCALE = 1000;
/** Percentages are taken to four decimals (100 % = 1 000 000). */
const PERCENT_SCALE = 10_000;

/** Rounds numerator / denominator half up; both non-negative. */
function divideHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((numerator * 2n + denominator) / (denominator * 2n));
}

/** `value × scale` as an integer, or a RangeError when `value` has more decimals than the scale keeps. */
function toScaled(value: number, scale: number, label: string): bigint {
  const scaled = Math.round(value * scale);
  if (!Number.isFinite(value) || Math.abs(value * scale - scaled) > 1e-6) {
    throw new RangeError(`${label} must be a number with at most ${Math.log10(scale)} decimals, got ${value}`);
  }
  return BigInt(scaled);
}

/** Market value of a service from its catalogue entry: the fixed value, or the rate × days/hours, to the cent (half up). */
export function marketValueCents(options: {
  unit: TMarketValueUnit;
  unitValueCents: number;
  quantity?: number;
}): number {
  const { unit, unitValueCents, quantity } = options;
  assertCents(unitValueCents, 'unitValueCents');
  // A fixed value is the value of the whole service, however long it takes.
  if (unit === 'fixed') return unitValueCents;
  if (quantity === undefined || !(quantity > 0))
    throw new RangeError(`A ${unit} value needs a positive quantity, got ${quantity}`);
  return divideHalfUp(BigInt(unitValueCents) * toScaled(quantity, QUANTITY_SCALE, 'quantity'), BigInt(QUANTITY_SCALE));
}

/** Aid = market value − price paid, never below zero (a customer paying the full price or more gets no aid). */
export function aidAmount(options: { marketValue: number; pricePaid: number }): number {
  assertCents(options.marketValue, 'marketValue');
  assertCents(options.pricePaid, 'pricePaid');
  return Math.max(0, options.marketValue - options.pricePaid);
}

/**
 * The part of the aid reported as national or regional public money (the EU share of Digital Europe money is
 * not state aid): aid × share %, rounded half up to the cent.
 */
export function reportedNationalShare(aidCents: number, nationalSharePercent: number): number {
  assertCents(aidCents, 'aidCents');
  if (!(nationalSharePercent >= 0 && nationalSharePercent <= 100)) {
    throw new RangeError(`The national share must lie between 0 and 100 %, got ${nationalSharePercent}`);
  }
  const share = toScaled(nationalSharePercent, PERCENT_SCALE, 'nationalSharePercent');
  return divideHalfUp(BigInt(aidCents) * share, BigInt(100 * PERCENT_SCALE));
}

export interface TServiceAid {
  marketValueCents: number;
  pricePaidCents: number;
  /** Zero when the basis is `none`: a service outside economic activity is no aid at all. */
  aidCents: number;
  reportedNationalCents: number;
  basis: TAidBasis;
  countsTowardDeMinimis: boolean;
}

/** The aid figures of one delivered service, as the delivery record defaults them from the catalogue. */
export function serviceAid(options: {
  unit: TMarketValueUnit;
  unitValueCents: number;
  quantity?: number;
  pricePaidCents: number;
  basis: TAidBasis;
  nationalSharePercent: number;
}): TServiceAid {
  const value = marketValueCents(options);
  const aidCents = options.basis === 'none' ? 0 : aidAmount({ marketValue: value, pricePaid: options.pricePaidCents });
  assertCents(options.pricePaidCents, 'pricePaid');
  return {
    marketValueCents: value,
    pricePaidCents: options.pricePaidCents,
    aidCents,
    reportedNationalCents: reportedNationalShare(aidCents, options.nationalSharePercent),
    basis: options.basis,
    countsTowardDeMinimis: countsTowardDeMinimis(options.basis),
  };
}

/**
 * The aid of a recorded delivery, derived rather than typed: aid = value − price paid for de minimis and GBER, 0 for
 * a service that is no aid; the reported national share = aid × the hub's share. The price may not exceed the value
 * (the caller refuses that first; here it is a RangeError).
 */
export function deliveryAid(options: {
  valueCents: number;
  pricePaidCents: number;
  basis: TAidBasis;
  nationalSharePercent: number;
}): {
  aidCents: number;
  nationalShareCents: number;
} {
  assertCents(options.valueCents, 'valueCents');
  assertCents(options.pricePaidCents, 'pricePaidCents');
  if (options.pricePaidCents > options.valueCents)
    throw new RangeError('The price paid cannot exceed the value of the service');
  const aidCents = options.basis === 'none' ? 0 : options.valueCents - options.pricePaidCents;
  return { aidCents, nationalShareCents: reportedNationalShare(aidCents, options.nationalSharePercent) };
}
