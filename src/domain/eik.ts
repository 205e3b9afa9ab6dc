/**
 * Bulgarian company identifier: EIK / BULSTAT (9 digits, or 13 digits for branches and units).
 * Pure functions: normalisation, checksum validation, VAT number derivation.
 */

const WEIGHTS_9_FIRST = [1, 2, 3, 4, 5, 6, 7, 8];
const WEIGHTS_9_SECOND = [3, 4, 5, 6, 7, 8, 9, 10];
const WEIGHTS_13_FIRST = [2, 7, 3, 5];
const WEIGHTS_13_SECOND = [4, 9, 5, 7];

/** Strips spaces, dashes, dots and an optional "BG" prefix; returns 9 or 13 digits, else null (no checksum check). */
export function normaliseEik(input: string): string | null {
  if (typeof input !== 'string') return null;
  // Any whitespace (incl. non-breaking space from copy-paste) and the usual separators.
  let s = input.replace(/[\s.\-\u00a0]/g, '');
  if (/^bg/i.test(s)) s = s.slice(2);
  if (!/^\d+$/.test(s)) return null;
  return s.length === 9 || s.length === 13 ? s : null;
}

/** Weighted sum mod 11 with the official fallback: a remainder of 10 retries with the second weights, a second 10 becomes 0. */
function checkDigit(digits: number[], first: number[], second: number[]): number {
  const sum = (weights: number[]): number => weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  let r = sum(first) % 11;
  if (r === 10) {
    r = sum(second) % 11;
    if (r === 10) r = 0;
  }
  return r;
}

/** Computes the 9th digit for an 8-digit prefix. */
export function eikCheckDigit9(prefix8: string): number {
  if (!/^\d{8}$/.test(prefix8)) throw new Error('eikCheckDigit9 expects exactly 8 digits');
  return checkDigit([...prefix8].map(Number), WEIGHTS_9_FIRST, WEIGHTS_9_SECOND);
}

/** Computes the 13th digit for a 12-digit prefix (digits 9..12 carry the weights). */
export function eikCheckDigit13(prefix12: string): number {
  if (!/^\d{12}$/.test(prefix12)) throw new Error('eikCheckDigit13 expects exactly 12 digits');
  const tail = [...prefix12.slice(8, 12)].map(Number);
  return checkDigit(tail, WEIGHTS_13_FIRST, WEIGHTS_13_SECOND);
}

/** True when a 9- or 13-digit string passes the EIK/BULSTAT checksum; all-zero codes are rejected by rule. */
export function isValidEik(digits: string): boolean {
  if (typeof digits !== 'string' || !/^(\d{9}|\d{13})$/.test(digits)) return false;
  // 000000000 passes the arithmetic but is not an issued code.
  if (/^0{9}/.test(digits)) return false;
  if (eikCheckDigit9(digits.slice(0, 8)) !== Number(digits[8])) return false;
  if (digits.length === 9) return true;
  return eikCheckDigit13(digits.slice(0, 12)) === Number(digits[12]);
}

/** Normalises and validates in one step; `normalised` is the digit string only when valid. */
export function checkEik(input: string): { valid: boolean; normalised: string | null } {
  const digits = normaliseEik(input);
  if (digits === null || !isValidEik(digits)) return { valid: false, normalised: null };
  return { valid: true, normalised: digits };
}

/** Bulgarian VAT number ("BG" + 9-digit EIK) for a valid 9-digit EIK, else null. */
export function vatFromEik(eik9: string): string | null {
  const digits = normaliseEik(eik9);
  // Only the 9-digit legal-entity code maps to a VAT number; 13-digit units are not VAT subjects.
  if (digits === null || digits.length !== 9 || !isValidEik(digits)) return null;
  return `BG${digits}`;
}
