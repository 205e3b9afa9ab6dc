import { centsToDecimal } from '../../domain/state-aid/money';

/** Euro cents as a EUR number with (at most) two decimals: the fixed contract of GET /organisations/:id/aid. */
export function centsToEur(cents: number): number {
  return Number(centsToDecimal(cents));
}
