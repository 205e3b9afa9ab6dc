/**
 * A small RFC 4180 CSV writer and parser. Kept in-house because the files are tiny in shape (one
 * sheet, a dozen columns) and we need exact control over the BOM, CRLF and the ';' variant that
 * Bulgarian Excel writes.
 */

export const BOM = '\uFEFF';

/**
 * A text cell from user data: always quoted, and formula starts neutralised (see guardFormula). Plain
 * strings stay minimally quoted (headers, fixed values, decimal numbers written as text).
 */
export class CsvText {
  readonly value: string;
  constructor(value: string) {
    this.value = guardFormula(value);
  }
}

export type TCsvCell = string | number | null | undefined | CsvText;

/**
 * Spreadsheet programs run a cell starting with = + - @ tab or CR as a formula. A reader that splits on
 * another separator than the writer (Bulgarian Excel splits on ';') or on line breaks can start a cell
 * anywhere after `;`, `,`, tab, CR or LF, so every such start gets an apostrophe, not only the first
 * character. XLSX keeps text as text and needs none of this.
 */
const FORMULA_START = /(^|[;,\t\r\n])([=+\-@\t\r])/g;
const GUARDED_START = /(^|[;,\t\r\n])'([=+\-@\t\r])/g;

export function guardFormula(text: string): string {
  return text.replace(FORMULA_START, "$1'$2");
}

/** The inverse of guardFormula, for reading back files we wrote. */
export function unguardFormula(text: string): string {
  return text.replace(GUARDED_START, '$1$2');
}

/** Marks user text for CSV output: quoted and formula-guarded. */
export const csvText = (value: string): CsvText => new CsvText(value);

export interface TCsvWriteOptions {
  separator?: ',' | ';';
  /** Prefix a UTF-8 byte order mark so Excel reads the file as UTF-8 (Cyrillic). */
  bom?: boolean;
}

function quoteField(value: TCsvCell, separator: string): string {
  if (value instanceof CsvText) return value.value === '' ? '' : `"${value.value.replace(/"/g, '""')}"`;
  const text = value === null || value === undefined ? '' : String(value);
  // RFC 4180 §2.6–2.7: quote fields holding the separator, a quote or a line break; double inner quotes.
  if (text.includes(separator) || /["\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** Formats records as CSV: CRLF after every record (RFC 4180 §2.1–2.2). */
export function formatCsv(records: readonly (readonly TCsvCell[])[], options: TCsvWriteOptions = {}): string {
  const separator = options.separator ?? ',';
  const body = records.map((r) => r.map((c) => quoteField(c, separator)).join(separator) + '\r\n').join('');
  return (options.bom ? BOM : '') + body;
}

export class CsvError extends Error {
  constructor(
    readonly code: 'unterminated_quote' | 'too_many_records',
    message: string,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

export interface TCsvParseOptions {
  separator?: string;
  /** Stop with a CsvError once more records than this are read (protects against huge uploads). */
  maxRecords?: number;
}

/**
 * Parses CSV text into records of strings. Accepts CRLF, LF or CR line ends and a leading BOM. A blank
 * line is kept as a record of one empty field so record numbers match the spreadsheet row numbers; a
 * final line break does not start another record. Lenient where RFC 4180 is silent: a quote inside an
 * unquoted field is kept literally.
 */
export function parseCsv(input: string, options: TCsvParseOptions = {}): string[][] {
  const separator = options.separator ?? ',';
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteStartRecord = 0;
  // Whether the current record has consumed anything (a lone `""` is still a record).
  let started = false;
  let i = 0;

  const endRecord = () => {
    record.push(field);
    records.push(record);
    if (records.length > maxRecords) throw new CsvError('too_many_records', `more than ${maxRecords} records`);
    record = [];
    field = '';
    started = false;
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      started = true;
      quoteStartRecord = records.length + 1;
      i += 1;
    } else if (ch === separator) {
      record.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (quoted)
    throw new CsvError(
      'unterminated_quote',
      `a quoted field that starts in record ${quoteStartRecord} is never closed`,
    );
  // Text that does not end with a line break still holds a last record.
  if (started || field !== '' || record.length > 0) endRecord();
  return records;
}

/** Guesses the separator from the first line: ';' when it holds more semicolons than commas outside quotes. */
export function sniffSeparator(input: string): ',' | ';' {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}
