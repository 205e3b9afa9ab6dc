/** The "request this service" form: the need's length, and days/hours typed with a decimal comma or point. */
import type { TValueUnit } from '../../../src/contract/services/enums';

/** The server's limits (src/modules/requests/request-input.ts, not imported: it pulls the database schema into the bundle). */
export const NEED_MIN = 10;
export const NEED_MAX = 2000;
export const COMMENT_MAX = 2000;
export const REASON_MAX = 2000;
export const FEEDBACK_COMMENT_MAX = 2000;
/** The server refuses larger attachments (413); checking first spares a long upload. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** A quantity is asked only where the value is quoted per day or per hour. */
export const needsQuantity = (unit: TValueUnit): boolean => unit === 'per_day' || unit === 'per_hour';

export const QUANTITY_MAX = 10_000;

/** A positive number of days/hours up to QUANTITY_MAX with up to three decimals ("1,5", "2.25", "3"); null otherwise. */
export function parseQuantity(input: string): number | null {
  const s = input.trim().replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,3})?$/.test(s)) return null;
  const n = Number(s);
  return n > 0 && n <= QUANTITY_MAX ? n : null;
}

export type TNeedProblem = 'required' | 'too_short' | 'too_long' | null;

/** What is wrong with the description of the need (counted without surrounding spaces, as the server does). */
export function needProblem(need: string): TNeedProblem {
  const n = need.trim().length;
  if (n === 0) return 'required';
  if (n < NEED_MIN) return 'too_short';
  if (n > NEED_MAX) return 'too_long';
  return null;
}

/** The content types the server accepts for attachments, by file extension (browsers report some inconsistently). */
const ATTACHMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  txt: 'text/plain',
  csv: 'text/csv',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The `accept` attribute of the file input. */
export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_TYPES)
  .map((e) => `.${e}`)
  .join(',');

/** The content type to send for a file, or null when the server would refuse it. */
export function attachmentContentType(fileName: string): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext ? (ATTACHMENT_TYPES[ext] ?? null) : null;
}
