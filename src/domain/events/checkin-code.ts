/**
 * Check-in codes as people type them at the door: case does not matter, and spaces and dashes (a printed code may
 * be grouped, "ABCD-EFGH-JK", or copied with a line break) are ignored. The server compares codes by this form on
 * both sides, and the web app sends a typed code in it; a scanned code passes through unchanged in meaning.
 */

/** Whitespace and every kind of dash or hyphen (ASCII, Unicode dashes, the minus sign). */
const IGNORED = /[\s\-\u2010-\u2015\u2212\u00ad]+/g;

/** The comparable form of a check-in code: upper case, without whitespace and dashes. */
export function normaliseCheckInCode(input: string): string {
  return input.replace(IGNORED, '').toUpperCase();
}
