import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 100 random bits: unguessable, and short enough to print and type. */
const LENGTH = 20;

/** A new verification code, e.g. `7K3Q-M9XD-2F8R-WB4T-H6JN`, from the operating system's CSPRNG. */
export function newCertificateCode(): string {
  const bytes = randomBytes(LENGTH);
  let out = '';
  // 256 is a multiple of 32, so taking each byte modulo 32 keeps every symbol equally likely.
  for (let i = 0; i < LENGTH; i++) out += ALPHABET[bytes[i]! % 32];
  return out.match(/.{4}/g)!.join('-');
}

/** The stored form of a code a person typed: upper case, hyphens where they belong, look-alike letters mapped. */
export function normaliseCertificateCode(input: string): string {
  const plain = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}

export const CERTIFICATE_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){4}$/;
