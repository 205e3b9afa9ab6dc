/**
 * A one-sheet table written as CSV (RFC 4180, UTF-8 with BOM, for Excel's Cyrillic) or XLSX. Money columns are
 * numbers with two decimals: text "1200.00" in CSV (no binary fraction can shift a cent), a number formatted
 * 0.00 in XLSX.
 */
import type ExcelJS from 'exceljs';
import { centsToDecimal } from '../../../domain/state-aid/money';
import { csvText, formatCsv, type TCsvCell } from '../../../platform/files/csv';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TColumnKind = 'text' | 'money' | 'integer';

export interface TColumn<Row> {
  header: string;
  kind: TColumnKind;
  /** Money columns give cents. */
  value: (row: Row) => string | number | null;
  width?: number;
}

function csvCell(kind: TColumnKind, value: string | number | null): TCsvCell {
  if (value === null) return '';
  if (kind === 'money') return centsToDecimal(Number(value));
  if (kind === 'integer') return Number(value);
  // Names come from users: quoted, formula starts neutralised (csv.ts guardFormula).
  return csvText(String(value));
}

export function writeTableCsv<Row>(columns: readonly TColumn<Row>[], rows: readonly Row[]): string {
  const records = [
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => csvCell(c.kind, c.value(row)))),
  ];
  return formatCsv(records, { bom: true });
}

export async function writeTableXlsx<Row>(
  sheetName: string,
  columns: readonly TColumn<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  // Loaded on first use: exceljs costs ~0.4 s at start-up and only file exports need it.
  const { default: Excel } = await import('exceljs');
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(12, Math.min(60, c.header.length + 2)),
    style: c.kind === 'money' ? { numFmt: '0.00' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const v = c.value(row);
        if (v === null) return null;
        // Number(decimal string) of whole cents is the nearest double to the amount: exact to the cent on display.
        return c.kind === 'money' ? Number(centsToDecimal(Number(v))) : v;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
