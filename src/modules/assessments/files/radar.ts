/**
 * The six-axis radar chart of the PDF report, drawn as vectors so it stays sharp when printed and
 * its labels stay extractable text.
 */
import type { TDoc } from '../../../platform/files/pdf-layout';

export interface TRadarSeries {
  label: string;
  color: string;
  /** 0–100 per axis, in axis order. */
  values: readonly number[];
  /** The assessment the report is about: filled and drawn on top; the others are dashed outlines. */
  current: boolean;
}

export interface TRadarOptions {
  cx: number;
  cy: number;
  radius: number;
  axisLabels: readonly string[];
  series: readonly TRadarSeries[];
  fonts: { regular: string; bold: string };
}

export const RADAR_RINGS = [25, 50, 75, 100] as const;
const LABEL_WIDTH = 118;
const GRID = '#c7ccd6';
const MUTED = '#5b6472';

/** Where a 0–100 value lies on axis `index` of `count`, the first axis pointing up, clockwise. */
export function radarPoint(
  cx: number,
  cy: number,
  radius: number,
  index: number,
  count: number,
  value: number,
): [number, number] {
  const angle = (2 * Math.PI * index) / count;
  const r = (radius * Math.min(Math.max(value, 0), 100)) / 100;
  return [cx + r * Math.sin(angle), cy - r * Math.cos(angle)];
}

function polygon(doc: TDoc, points: [number, number][]): void {
  const [first, ...rest] = points;
  doc.moveTo(first![0], first![1]);
  for (const [x, y] of rest) doc.lineTo(x, y);
  doc.closePath();
}

function drawGrid(doc: TDoc, o: TRadarOptions): void {
  const n = o.axisLabels.length;
  doc.save().lineWidth(0.5).strokeColor(GRID);
  for (const ring of RADAR_RINGS) {
    polygon(
      doc,
      o.axisLabels.map((_, i) => radarPoint(o.cx, o.cy, o.radius, i, n, ring)),
    );
    doc.stroke();
  }
  for (let i = 0; i < n; i++) {
    const [x, y] = radarPoint(o.cx, o.cy, o.radius, i, n, 100);
    doc.moveTo(o.cx, o.cy).lineTo(x, y).stroke();
  }
  doc.restore();
  // Ring values along the first axis, slightly to its right so they do not sit on the line.
  doc.font(o.fonts.regular).fontSize(6.5).fillColor(MUTED);
  for (const ring of RADAR_RINGS) {
    const [x, y] = radarPoint(o.cx, o.cy, o.radius, 0, n, ring);
    doc.text(String(ring), x + 2, y - 8, { lineBreak: false });
  }
}

function drawSeries(doc: TDoc, o: TRadarOptions, s: TRadarSeries): void {
  const n = o.axisLabels.length;
  const points = s.values.map((v, i) => radarPoint(o.cx, o.cy, o.radius, i, n, v));
  doc.save();
  if (s.current) {
    polygon(doc, points);
    doc.fillColor(s.color).fillOpacity(0.18).fill();
    polygon(doc, points);
    doc.strokeColor(s.color).lineWidth(1.8).stroke();
  } else {
    polygon(doc, points);
    doc.strokeColor(s.color).lineWidth(1.2).dash(4, { space: 2.5 }).stroke().undash();
  }
  doc.fillColor(s.color).fillOpacity(1);
  for (const [x, y] of points) doc.circle(x, y, s.current ? 2.2 : 1.6).fill();
  doc.restore();
}

/** Axis labels outside the 100 ring, aligned away from the chart so long names do not cross it. */
function drawAxisLabels(doc: TDoc, o: TRadarOptions): void {
  const n = o.axisLabels.length;
  doc.font(o.fonts.regular).fontSize(8).fillColor('#1f2937');
  o.axisLabels.forEach((label, i) => {
    const angle = (2 * Math.PI * i) / n;
    const [px, py] = radarPoint(o.cx, o.cy, o.radius + 9, i, n, 100);
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const align = sin > 0.2 ? 'left' : sin < -0.2 ? 'right' : 'center';
    const x = align === 'left' ? px : align === 'right' ? px - LABEL_WIDTH : px - LABEL_WIDTH / 2;
    const height = doc.heightOfString(label, { width: LABEL_WIDTH, align });
    const y = Math.abs(sin) > 0.2 ? py - height / 2 : cos > 0 ? py - height : py;
    doc.text(label, x, y, { width: LABEL_WIDTH, align });
  });
}

/** Draws grid, series (earlier first, the current one on top) and axis labels. */
export function drawRadar(doc: TDoc, o: TRadarOptions): void {
  drawGrid(doc, o);
  for (const s of o.series.filter((x) => !x.current)) drawSeries(doc, o, s);
  for (const s of o.series.filter((x) => x.current)) drawSeries(doc, o, s);
  drawAxisLabels(doc, o);
}

/** A one-line-per-series legend; returns the y below it. */
export function drawLegend(doc: TDoc, x: number, y: number, series: readonly TRadarSeries[], font: string): number {
  let cursor = y;
  doc.font(font).fontSize(8.5);
  for (const s of series) {
    if (s.current)
      doc
        .save()
        .fillOpacity(0.25)
        .rect(x, cursor + 1, 14, 8)
        .fill(s.color)
        .restore();
    doc
      .save()
      .lineWidth(s.current ? 1.8 : 1.2)
      .strokeColor(s.color);
    if (!s.current) doc.dash(3, { space: 2 });
    doc
      .moveTo(x, cursor + 5)
      .lineTo(x + 14, cursor + 5)
      .stroke()
      .restore();
    doc.fillColor('#1f2937').text(s.label, x + 20, cursor, { lineBreak: false });
    cursor += 13;
  }
  return cursor;
}
