import { isValidEik } from '../../../domain/eik';

/**
 * A checksum-valid 9-digit EIK made from an 8-digit stem: demo identifiers that pass validation
 * without pretending to be real companies' numbers.
 */
export function demoEik(stem: number): string {
  const base = String(stem).padStart(8, '0').slice(-8);
  for (let d = 0; d <= 9; d++) {
    if (isValidEik(base + d)) return base + d;
  }
  throw new Error(`no check digit for ${base}`);
}
