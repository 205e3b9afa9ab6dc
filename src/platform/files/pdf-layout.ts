/**
 * Small layout helpers over PDFKit for the report: page breaks, section headings and a table whose
 * header repeats on every page it spans.
 */
import type PDFDocument from 'pdfkit';

export type TDoc = InstanceType<typeof PDFDocument>;

export interface TFonts {
  regular: string;
  bold: string;
}

export const INK = '#111827';
export const MUTED = '#5b6472';
export const RULE = '#d6dae1';

const bottomLimit = (doc: TDoc) => doc.page.height - doc.page.margins.bottom;
export const contentWidth = (doc: TDoc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureSpace(doc: TDoc, height: number): void {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

/** A heading with a rule; `keepWith` is the room the content after it needs, so they share a page. */
export function sectionHeading(doc: TDoc, fonts: TFonts, text: string, keepWith = 60): void {
  ensureSpace(doc, keepWith + 40);
  const x = doc.page.margins.left;
  doc.moveDown(0.8);
  doc
    .font(fonts.bold)
    .fontSize(13)
    .fillColor(INK)
    .text(text, x, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 2;
  doc
    .save()
    .moveTo(x, y)
    .lineTo(x + contentWidth(doc), y)
    .lineWidth(0.6)
    .strokeColor(RULE)
    .stroke()
    .restore();
  doc.y = y + 6;
}

export interface TColumn {
  header: string;
  /** Points; one column may be 0 to take the remaining width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

/** A table cell: text, or a horizontal bar for a 0–100 score. */
export type TCell = string | { bar: number; color: string };

export interface TRow {
  cells: TCell[];
  bold?: boolean;
  /** Text colour per cell (e.g. the band's colour), by column index. */
  colors?: Record<number, string>;
}

const PAD_X = 4;
const PAD_Y = 3.5;
const FONT_SIZE = 9;

function widths(doc: TDoc, columns: readonly TColumn[]): number[] {
  const fixed = columns.reduce((s, c) => s + c.width, 0);
  return columns.map((c) => (c.width === 0 ? contentWidth(doc) - fixed : c.width));
}

function rowHeight(doc: TDoc, cells: readonly TCell[], w: number[], font: string): number {
  doc.font(font).fontSize(FONT_SIZE);
  const heights = cells.map((c, i) =>
    typeof c === 'string' ? doc.heightOfString(c || ' ', { width: w[i]! - 2 * PAD_X }) : 8,
  );
  return Math.max(...heights) + 2 * PAD_Y;
}

function drawRow(doc: TDoc, row: TRow, columns: readonly TColumn[], w: number[], font: string, header: boolean): void {
  const top = doc.y;
  const height = rowHeight(doc, row.cells, w, font);
  const left = doc.page.margins.left;
  if (header) doc.save().rect(left, top, contentWidth(doc), height).fill('#eef1f5').restore();
  let x = left;
  row.cells.forEach((cell, i) => {
    const width = w[i]!;
    if (typeof cell === 'string') {
      doc
        .font(font)
        .fontSize(FONT_SIZE)
        .fillColor(row.colors?.[i] ?? INK)
        .text(cell, x + PAD_X, top + PAD_Y, { width: width - 2 * PAD_X, align: columns[i]!.align ?? 'left' });
    } else {
      const barWidth = ((width - 2 * PAD_X) * Math.min(Math.max(cell.bar, 0), 100)) / 100;
      const y = top + height / 2 - 4;
      doc
        .save()
        .rect(x + PAD_X, y, width - 2 * PAD_X, 8)
        .fill('#eef1f5')
        .restore();
      if (barWidth > 0)
        doc
          .save()
          .rect(x + PAD_X, y, barWidth, 8)
          .fill(cell.color)
          .restore();
    }
    x += width;
  });
  const bottom = top + height;
  doc
    .save()
    .moveTo(left, bottom)
    .lineTo(left + contentWidth(doc), bottom)
    .lineWidth(0.4)
    .strokeColor(RULE)
    .stroke()
    .restore();
  doc.y = bottom;
}

/** Draws the table from doc.y, breaking pages between rows and repeating the header. */
export function drawTable(doc: TDoc, fonts: TFonts, columns: readonly TColumn[], rows: readonly TRow[]): void {
  const w = widths(doc, columns);
  const header: TRow = { cells: columns.map((c) => c.header) };
  const headerHeight = rowHeight(doc, header.cells, w, fonts.bold);
  ensureSpace(doc, headerHeight + (rows[0] ? rowHeight(doc, rows[0].cells, w, fonts.bold) : 0));
  drawRow(doc, header, columns, w, fonts.bold, true);
  for (const row of rows) {
    const font = row.bold ? fonts.bold : fonts.regular;
    if (doc.y + rowHeight(doc, row.cells, w, font) > bottomLimit(doc)) {
      doc.addPage();
      drawRow(doc, header, columns, w, fonts.bold, true);
    }
    drawRow(doc, row, columns, w, font, false);
  }
  doc.x = doc.page.margins.left;
}
