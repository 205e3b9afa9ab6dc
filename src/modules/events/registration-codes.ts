import { randomBytes, randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other when typed at the door (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A check-in code: 10 characters of a 31-letter alphabet (≈ 49 bits), random from the OS. */
export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** The secret in the e-mailed one-click links (accept, decline, leave): 256 random bits. */
export const newRegistrationToken = () => randomBytes(32).toString('base64url');
