/**
 * The de minimis ceiling (Regulation (EU) 2023/2831): at most EUR 300 000 per single undertaking over any
 * three years, rolling. For a grant on day D, the aid counted is every de minimis grant to any member of the
 * single undertaking, plus the aid it declared from other grantors, dated from D three years back to D itself.
 *
 * The window: `deMinimisWindow(D)` = [the same calendar day three years earlier, D], both ends included, so
 * a grant made exactly three years before D still counts and one made the day before that does not. For a
 * grant on 29 February the day three years earlier does not exist; the window then starts on 28 February,
 * the last day of that month (as Regulation 1182/71 Art. 3(2)(c) ends periods on a missing day). This is the
 * wider of the two readings — the other starts on 1 March — so a grant allowed here is allowed under both,
 * and the ceiling cannot be breached by the choice.
 *
 * Future-dated grants (after D) do not count for D's check: they are checked on their own day. Revoked grants (the
 * request was cancelled before delivery) never count.
 */
import { countsTowardDeMinimis, type TAidBasis } from './aid';
import { parseCalendarDate, subtractYears, type TCalendarDate } from './calendar-date';
import { assertCents, centsToDecimal } from './money';

/** EUR 300 000 in cents; a hub setting may lower or raise it when the Regulation changes. */
export const DE_MINIMIS_CEILING_CENTS = 300_000_00;
/** Length of the rolling period in years. */
export const DE_MINIMIS_YEARS = 3;

export interface TAidGrant {
  /** The ledger entry, passed through to `counted` when given. */
  id?: string;
  organisationId: string;
  amountCents: number;
  /** The day the legal right to the aid arose (the request's acceptance), in Europe/Sofia. */
  grantDate: TCalendarDate;
  basis: TAidBasis;
  /**
   * The right to the aid lapsed before anything was delivered (the request was cancelled after acceptance): the
   * grant stays in the ledger for the record but never counts.
   */
  revoked?: boolean;
}

/** Whether a grant counts against the de minimis ceiling at all (on any day): a de minimis basis, not revoked. */
export function countsAgainstCeiling(grant: Pick<TAidGrant, 'basis' | 'revoked'>): boolean {
  return !grant.revoked && countsTowardDeMinimis(grant.basis);
}

/** De minimis aid the customer declared having received from other grantors. */
export interface TAidDeclaration {
  id?: string;
  organisationId: string;
  amountCents: number;
  grantDate: TCalendarDate;
}

export interface TDeMinimisInput {
  /** Defaults to `DE_MINIMIS_CEILING_CENTS`. */
  ceilingCents?: number;
  /** The day of the check: the grant day of the aid about to be granted, or today for a statement. */
  grantDate: TCalendarDate;
  grants: readonly TAidGrant[];
  declarations: readonly TAidDeclaration[];
  /** Every member of the beneficiary's single undertaking, the beneficiary included. */
  singleUndertaking: readonly string[];
}

export interface TCountedAid {
  source: 'grant' | 'declaration';
  id?: string;
  organisationId: string;
  amountCents: number;
  grantDate: TCalendarDate;
  /** Declarations carry no basis of ours; they are de minimis by definition. */
  basis: TAidBasis | null;
}

export interface TDeMinimisHeadroom {
  windowStart: TCalendarDate;
  windowEnd: TCalendarDate;
  ceilingCents: number;
  usedCents: number;
  /** Never below zero, even when declarations alone already exceed the ceiling. */
  remainingCents: number;
  /** What was counted, oldest first. */
  counted: TCountedAid[];
}

/** The rolling de minimis window for a grant on `grantDate`: three years back, both ends included. */
export function deMinimisWindow(grantDate: TCalendarDate): { start: TCalendarDate; end: TCalendarDate } {
  parseCalendarDate(grantDate);
  return { start: subtractYears(grantDate, DE_MINIMIS_YEARS), end: grantDate };
}

/** Aid used and left under the ceiling for the single undertaking on `grantDate`. */
export function deMinimisHeadroom(input: TDeMinimisInput): TDeMinimisHeadroom {
  const ceilingCents = input.ceilingCents ?? DE_MINIMIS_CEILING_CENTS;
  assertCents(ceilingCents, 'ceilingCents');
  const { start, end } = deMinimisWindow(input.grantDate);
  const members = new Set(input.singleUndertaking);
  // Validate every entry, counted or not, so bad ledger data surfaces instead of silently dropping out.
  const inWindow = (entry: { organisationId: string; amountCents: number; grantDate: TCalendarDate }): boolean => {
    assertCents(entry.amountCents, 'amountCents');
    parseCalendarDate(entry.grantDate);
    return members.has(entry.organisationId) && entry.grantDate >= start && entry.grantDate <= end;
  };

  const counted: TCountedAid[] = [
    ...input.grants
      .filter((g) => inWindow(g) && countsAgainstCeiling(g))
      .map((g) =>
        withId(
          {
            source: 'grant' as const,
            organisationId: g.organisationId,
            amountCents: g.amountCents,
            grantDate: g.grantDate,
            basis: g.basis,
          },
          g.id,
        ),
      ),
    ...input.declarations.filter(inWindow).map((d) =>
      withId(
        {
          source: 'declaration' as const,
          organisationId: d.organisationId,
          amountCents: d.amountCents,
          grantDate: d.grantDate,
          basis: null,
        },
        d.id,
      ),
    ),
  ].sort((a, b) => (a.grantDate < b.grantDate ? -1 : a.grantDate > b.grantDate ? 1 : 0));

  const usedCents = counted.reduce((sum, c) => sum + c.amountCents, 0);
  return {
    windowStart: start,
    windowEnd: end,
    ceilingCents,
    usedCents,
    remainingCents: Math.max(0, ceilingCents - usedCents),
    counted,
  };
}

function withId(entry: TCountedAid, id: string | undefined): TCountedAid {
  return id === undefined ? entry : { ...entry, id };
}

export type TDeMinimisCheck =
  | {
      ok: true;
      windowStart: TCalendarDate;
      windowEnd: TCalendarDate;
      ceilingCents: number;
      usedAfter: number;
      remainingAfter: number;
    }
  | {
      ok: false;
      code: 'de_minimis_ceiling_exceeded';
      windowStart: TCalendarDate;
      windowEnd: TCalendarDate;
      ceilingCents: number;
      usedCents: number;
      remainingCents: number;
      requestedCents: number;
      message: string;
    };

/**
 * Whether a new de minimis grant of `newAmountCents` on `grantDate` keeps the single undertaking within the
 * ceiling: allowed iff used + new ≤ ceiling (reaching the ceiling exactly is allowed). The refusal states the
 * headroom, as the hub must tell the customer how much aid is still possible.
 */
export function checkDeMinimisGrant(input: TDeMinimisInput & { newAmountCents: number }): TDeMinimisCheck {
  assertCents(input.newAmountCents, 'newAmountCents');
  const h = deMinimisHeadroom(input);
  const usedAfter = h.usedCents + input.newAmountCents;
  if (usedAfter <= h.ceilingCents) {
    return {
      ok: true,
      windowStart: h.windowStart,
      windowEnd: h.windowEnd,
      ceilingCents: h.ceilingCents,
      usedAfter,
      remainingAfter: h.ceilingCents - usedAfter,
    };
  }
  return {
    ok: false,
    code: 'de_minimis_ceiling_exceeded',
    windowStart: h.windowStart,
    windowEnd: h.windowEnd,
    ceilingCents: h.ceilingCents,
    usedCents: h.usedCents,
    remainingCents: h.remainingCents,
    requestedCents: input.newAmountCents,
    message:
      `Aid of EUR ${centsToDecimal(input.newAmountCents)} would exceed the de minimis ceiling of EUR ${centsToDecimal(h.ceilingCents)} ` +
      `for the single undertaking (${h.windowStart} to ${h.windowEnd}): EUR ${centsToDecimal(h.usedCents)} used, ` +
      `headroom EUR ${centsToDecimal(h.remainingCents)}`,
  };
}
