import { dictionary } from '@zxcvbn-ts/language-common';

/** The most common passwords (zxcvbn-ts' bundled list, lower case): 49 000 entries, loaded once. */
let common: ReadonlySet<string> | null = null;

/** True when the password, ignoring case and surrounding blanks, is on the common-password list. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common']);
  return common.has(password.trim().toLowerCase());
}
