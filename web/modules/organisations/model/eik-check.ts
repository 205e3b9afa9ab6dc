/** The EIK field's live check: what the server said about which value, and what the field shows for the current one. */

/** The last answer of the server's checksum check, for the value it was asked about. */
export type TEikState = { value: string; status: 'checking' | 'valid' | 'invalid' | 'error' } | null;

/** The server's verdict on the value now in the field: null while it is unknown (not asked, pending or failed). */
export function eikVerdict(eik: TEikState, current: string | null): boolean | null {
  return eik && eik.value === current && eik.status !== 'checking' && eik.status !== 'error'
    ? eik.status === 'valid'
    : null;
}

/**
 * What the EIK field shows besides the client's own checks: confirmed, being checked, or refused by the checksum.
 * A refusal is not shown for the saved, unchanged EIK (an older record may predate the check).
 */
export function eikFeedback(
  eik: TEikState,
  current: string | null,
  bg: boolean,
  unchanged: boolean,
): { valid: boolean; checking: boolean; invalid: boolean } {
  const forCurrent = bg && !!eik && eik.value === current;
  return {
    valid: forCurrent && eik!.status === 'valid',
    checking: forCurrent && eik!.status === 'checking',
    invalid: forCurrent && eik!.status === 'invalid' && !unchanged,
  };
}
