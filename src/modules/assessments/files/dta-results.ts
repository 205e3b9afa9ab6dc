/**
 * The Commission's "My SMEs DMA Results" / "My PSOs DMA Results" files (shared/design/dta-exports.md):
 * written as XLSX and CSV for upload to the platform, and read back so a hub can reconcile its own
 * scores with the platform's. Pure: buffers in, buffers out.
 */
import type ExcelJS from 'exceljs';
import { CURRENT_QUESTIONNAIRES, STAGES, type TQuestionnaireDef } from '../../../domain/dma/questionnaires';
import { roundScore } from '../../../domain/dma/scoring';
import { CsvError, csvText, formatCsv, parseCsv, sniffSeparator, unguardFormula } from '../../../platform/files/csv';
import type { TDimensionId, TParsedResultsRow, TQuestionnaireId, TScores, TStage } from './types';
import { declaredUnzippedBytes } from '../../../platform/files/zip-guard';

/** More data rows than a hub could have customers; beyond it the upload is refused, not parsed. */
export const MAX_RESULTS_ROWS = 50_000;

export interface TResultsRow {
  id: string;
  name: string;
  stage: TStage;
  scores: TScores;
  hubName: string;
}

/** A score column of the file: the overall `DMA Score` or one dimension. */
export type TResultsColumn = 'overall' | TDimensionId;

const prefixOf = (questionnaire: TQuestionnaireId) => (questionnaire === 'sme' ? 'SME' : 'PSO');
const defOf = (questionnaire: TQuestionnaireId): TQuestionnaireDef => CURRENT_QUESTIONNAIRES[questionnaire];

export function resultsSheetName(questionnaire: TQuestionnaireId): string {
  return `My ${prefixOf(questionnaire)}s DMA Results`;
}

/** The header row, exactly as the platform names the columns. */
export function resultsHeaders(questionnaire: TQuestionnaireId): string[] {
  const p = prefixOf(questionnaire);
  return [
    `${p} ID`,
    `${p} name`,
    'DMA Timing',
    'DMA Score',
    ...defOf(questionnaire).dimensions.map((d) => d.exportColumn),
    'EDIH Name',
  ];
}

/** The file's header for a score column (for showing reconciliation results). */
export function resultsColumnName(questionnaire: TQuestionnaireId, column: TResultsColumn): string {
  if (column === 'overall') return 'DMA Score';
  return defOf(questionnaire).dimensions.find((d) => d.id === column)!.exportColumn;
}

function dimensionScores(questionnaire: TQuestionnaireId, scores: TScores): number[] {
  return defOf(questionnaire).dimensions.map((d) => {
    const found = scores.dimensions.find((x) => x.id === d.id);
    if (!found) throw new Error(`scores lack dimension ${d.id}`);
    return roundScore(found.score);
  });
}

function rowValues(questionnaire: TQuestionnaireId, row: TResultsRow): (string | number)[] {
  return [
    row.id,
    row.name,
    row.stage,
    roundScore(row.scores.overall.score),
    ...dimensionScores(questionnaire, row.scores),
    row.hubName,
  ];
}

export async function writeResultsXlsx(questionnaire: TQuestionnaireId, rows: readonly TResultsRow[]): Promise<Buffer> {
  // Loaded on first use: exceljs costs ~0.4 s at start-up and only the DMA files need it.
  const { default: Excel } = await import('exceljs');
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(resultsSheetName(questionnaire), { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = resultsHeaders(questionnaire);
  sheet.columns = headers.map((header, i) => ({
    header,
    width: i === 1 || i === headers.length - 1 ? 40 : Math.max(12, header.length + 2),
    // Scores are numbers with one decimal shown; IDs stay text so leading zeros of an EIK survive.
    style: i >= 3 && i < headers.length - 1 ? { numFmt: '0.0' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(rowValues(questionnaire, row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * RFC 4180 CSV, every text field quoted and formula-guarded (csv.ts guardFormula; parseResultsFile strips
 * the guard again), comma-separated, CRLF, UTF-8 with a BOM so Excel shows Cyrillic; '.' as decimal point. */
export function writeResultsCsv(questionnaire: TQuestionnaireId, rows: readonly TResultsRow[]): string {
  const body = rows.map((row) =>
    rowValues(questionnaire, row).map((v) => (typeof v === 'number' ? v.toFixed(1) : csvText(v))),
  );
  return formatCsv([resultsHeaders(questionnaire), ...body], { bom: true });
}

export interface TParseIssue {
  row: number;
  /** The file's column header, when the issue concerns one cell. */
  column?: string;
  code: 'bad_number' | 'out_of_range' | 'bad_stage' | 'missing_id';
  message: string;
}

export type TParsedFile =
  | { ok: true; rows: TParsedResultsRow[]; issues: TParseIssue[] }
  | {
      ok: false;
      code: 'unreadable' | 'empty' | 'missing_columns' | 'too_many_rows';
      message: string;
      missing?: string[];
    };

type TCell = string | number;
interface TRecord {
  row: number;
  cells: TCell[];
}

const normaliseHeader = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const cellText = (c: TCell | undefined) => unguardFormula(c === undefined ? '' : String(c).trim());

function parseScore(cell: TCell | undefined): number | 'missing' | 'bad' {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : 'bad';
  const text = (cell ?? '').trim();
  if (text === '') return 'missing';
  // Bulgarian spreadsheets write a decimal comma ("41,8").
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return 'bad';
  return Number(text.replace(',', '.'));
}

/** Turns header + data records into rows and per-row issues, whatever the file format. */
function readRecords(questionnaire: TQuestionnaireId, records: TRecord[]): TParsedFile {
  const nonEmpty = records.filter((r) => r.cells.some((c) => cellText(c) !== ''));
  const [header, ...data] = nonEmpty;
  if (!header) return { ok: false, code: 'empty', message: 'The file holds no rows.' };
  if (data.length > MAX_RESULTS_ROWS) return tooMany();

  const expected = resultsHeaders(questionnaire).slice(0, -1); // `EDIH Name` is informative only
  const positions = new Map<string, number>();
  header.cells.forEach((c, i) => {
    const key = normaliseHeader(cellText(c));
    if (!positions.has(key)) positions.set(key, i);
  });
  const missing = expected.filter((h) => !positions.has(normaliseHeader(h)));
  if (missing.length)
    return {
      ok: false,
      code: 'missing_columns',
      missing,
      message: `Missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`,
    };
  const col = expected.map((h) => positions.get(normaliseHeader(h))!);
  const [idCol, nameCol, stageCol, ...scoreCols] = col;

  const rows: TParsedResultsRow[] = [];
  const issues: TParseIssue[] = [];
  for (const { row, cells } of data) {
    const rowIssues: TParseIssue[] = [];
    const id = cellText(cells[idCol!]);
    const name = cellText(cells[nameCol!]).replace(/\s+/g, ' ');
    if (id === '' && name === '')
      rowIssues.push({
        row,
        code: 'missing_id',
        message: `Row ${row}: neither ${expected[0]} nor ${expected[1]} is filled in.`,
      });
    const stage = cellText(cells[stageCol!]).toUpperCase();
    if (!(STAGES as readonly string[]).includes(stage))
      rowIssues.push({
        row,
        column: expected[2],
        code: 'bad_stage',
        message: `Row ${row}: DMA Timing "${cellText(cells[stageCol!])}" is not one of ${STAGES.join(', ')}.`,
      });
    const scores: number[] = [];
    scoreCols.forEach((c, i) => {
      const column = expected[3 + i]!;
      const value = parseScore(cells[c]);
      if (value === 'missing' || value === 'bad')
        rowIssues.push({
          row,
          column,
          code: 'bad_number',
          message: `Row ${row}: ${column} "${cellText(cells[c])}" is not a number.`,
        });
      else if (value < 0 || value > 100)
        rowIssues.push({
          row,
          column,
          code: 'out_of_range',
          message: `Row ${row}: ${column} ${value} is outside 0–100.`,
        });
      else scores.push(value);
    });
    if (rowIssues.length) {
      issues.push(...rowIssues);
      continue;
    }
    const [overall, ...dimensions] = scores;
    rows.push({ row, id, name, stage: stage as TStage, overall: overall!, dimensions });
  }
  return { ok: true, rows, issues };
}

const tooMany = (): TParsedFile => ({
  ok: false,
  code: 'too_many_rows',
  message: `The file holds more than ${MAX_RESULTS_ROWS.toLocaleString('en')} data rows.`,
});

/** Plain text or number of an ExcelJS cell value (rich text, hyperlinks and formula results included). */
function excelCell(value: ExcelJS.CellValue): TCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value)
    return excelCell((value as ExcelJS.CellFormulaValue).result ?? null);
  if ('text' in value) return String(value.text);
  return '';
}

/** A results workbook of MAX_RESULTS_ROWS rows unpacks to a few MB; anything far beyond is refused unread. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

async function readXlsx(questionnaire: TQuestionnaireId, body: Buffer): Promise<TParsedFile> {
  const unzipped = declaredUnzippedBytes(body);
  if (unzipped !== null && unzipped > MAX_UNZIPPED_BYTES) {
    return {
      ok: false,
      code: 'unreadable',
      message: 'The workbook unpacks to more than 100 MB; export the results sheet alone.',
    };
  }
  // Loaded on first use: exceljs costs ~0.4 s at start-up and only the DMA files need it.
  const { default: Excel } = await import('exceljs');
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, code: 'unreadable', message: 'The file could not be read as an XLSX workbook.' };
  }
  const wanted = resultsSheetName(questionnaire).toLowerCase();
  const sheet = workbook.worksheets.find((s) => s.name.trim().toLowerCase() === wanted) ?? workbook.worksheets[0];
  if (!sheet) return { ok: false, code: 'empty', message: 'The workbook has no sheet.' };
  if (sheet.actualRowCount - 1 > MAX_RESULTS_ROWS) return tooMany();
  const records: TRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 unused), sparse where cells are empty.
    const values = row.values as ExcelJS.CellValue[];
    const cells: TCell[] = [];
    for (let i = 1; i < values.length; i++) cells.push(excelCell(values[i] ?? null));
    records.push({ row: rowNumber, cells });
  });
  return readRecords(questionnaire, records);
}

/** UTF-8 (with or without BOM); Excel's "CSV" on a Bulgarian Windows saves windows-1251 instead. */
function decodeText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1251').decode(body);
  }
}

function readCsv(questionnaire: TQuestionnaireId, body: Buffer): TParsedFile {
  const text = decodeText(body);
  let records: string[][];
  try {
    // A coarse cap that still leaves room for blank lines; readRecords counts the non-empty rows exactly.
    records = parseCsv(text, { separator: sniffSeparator(text), maxRecords: MAX_RESULTS_ROWS * 2 });
  } catch (e) {
    if (e instanceof CsvError && e.code === 'too_many_records') return tooMany();
    if (e instanceof CsvError)
      return { ok: false, code: 'unreadable', message: `The file could not be read as CSV: ${e.message}.` };
    throw e;
  }
  return readRecords(
    questionnaire,
    records.map((cells, i) => ({ row: i + 1, cells })),
  );
}

/**
 * Reads a DMA results file back. Headers may come in any order and case; `EDIH Name` and unknown
 * columns are ignored. Rows with a bad score or stage become issues; the file fails as a whole only
 * when it cannot be read, lacks a required column or is too long.
 */
export async function parseResultsFile(
  questionnaire: TQuestionnaireId,
  body: Buffer,
  format: 'xlsx' | 'csv',
): Promise<TParsedFile> {
  return format === 'xlsx' ? readXlsx(questionnaire, body) : readCsv(questionnaire, body);
}
