/**
 * The DMA report as PDF (bg or en): who and when, the overall score and band, a radar of the six
 * dimensions with earlier stages, a score table, what each dimension's band means and what to
 * improve, and the change since earlier stages. DejaVu Sans is embedded so Cyrillic renders and the
 * text can be copied and searched.
 */
import { createRequire } from 'node:module';

import type { TFunction } from 'i18next';
import { STAGES } from '../../../domain/dma/questionnaires';
import { translator } from '../../../platform/i18n/index';
import { formatChange, formatDate, formatScore, type TReportLocale } from '../../../platform/files/format';
import {
  contentWidth,
  drawTable,
  ensureSpace,
  INK,
  MUTED,
  RULE,
  sectionHeading,
  type TColumn,
  type TDoc,
  type TFonts,
  type TRow,
} from '../../../platform/files/pdf-layout';
import { drawLegend, drawRadar, type TRadarSeries } from './radar';
import type { TBand, TDimensionId, TQuestionnaireId, TScores, TStage } from './types';

export interface TReportData {
  locale: TReportLocale;
  hubName: string;
  organisation: { name: string; eik: string | null; nuts2: string | null };
  assessment: {
    questionnaire: TQuestionnaireId;
    stage: TStage;
    submittedAt: Date;
    staffAssisted: boolean;
    questionnaireVersion: string;
    profile: string;
  };
  /** Unrounded. */
  scores: TScores;
  /** Earlier stages of the same organisation, for comparison. */
  earlier: { stage: TStage; submittedAt: Date; scores: TScores }[];
  generatedAt: Date;
}

const BAND_COLORS: Record<TBand, string> = {
  basic: '#b91c1c',
  average: '#b45309',
  moderately_advanced: '#1d4ed8',
  advanced: '#15803d',
};
const CURRENT_COLOR = '#1d4ed8';
const EARLIER_COLORS: Record<TStage, string> = { T0: '#d97706', T1: '#059669', T2: '#7c3aed' };

let fontPaths: TFonts | null = null;

/** Resolved through the package so it works from any working directory and install layout. */
function fonts(): TFonts {
  if (!fontPaths) {
    const require = createRequire(import.meta.url);
    fontPaths = {
      regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
      bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
    };
  }
  return fontPaths;
}

interface TCtx {
  doc: TDoc;
  data: TReportData;
  t: TFunction;
  dma: TFunction;
  f: TFonts;
  earlier: TReportData['earlier'];
}

const scoreOf = (scores: TScores, id: TDimensionId) => scores.dimensions.find((d) => d.id === id);
const dimensionName = (c: TCtx, id: TDimensionId) => c.dma(`${c.data.assessment.questionnaire}.dimensions.${id}.name`);
const bandName = (c: TCtx, band: TBand) => c.dma(`bands.${band}`);

function drawHeader(c: TCtx): void {
  const { doc, f, t, data } = c;
  const x = doc.page.margins.left;
  doc
    .font(f.bold)
    .fontSize(20)
    .fillColor(INK)
    .text(t('title'), x, doc.page.margins.top, { width: contentWidth(doc) });
  doc
    .font(f.regular)
    .fontSize(10)
    .fillColor(MUTED)
    .text(t('issuedBy', { hub: data.hubName }), x, doc.y + 2, { width: contentWidth(doc) });
  doc.moveDown(0.8);
}

function drawMeta(c: TCtx): void {
  const { doc, f, t, data } = c;
  const x = doc.page.margins.left;
  const labelWidth = 175;
  const { assessment: a, organisation: o } = data;
  const rows: [string, string][] = [
    [t('meta.organisation'), o.name],
    [t('meta.eik'), o.eik ?? t('meta.notGiven')],
    [t('meta.region'), o.nuts2 ?? t('meta.notGiven')],
    [t('meta.questionnaire'), c.dma(`questionnaires.${a.questionnaire}.title`)],
    [t('meta.stage'), t(`stages.${a.stage}`)],
    [t('meta.submittedAt'), formatDate(a.submittedAt, data.locale)],
    [t('meta.versions'), `${a.questionnaireVersion} / ${a.profile}`],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc
      .font(f.regular)
      .fontSize(9.5)
      .fillColor(MUTED)
      .text(label, x, y, { width: labelWidth - 8 });
    const labelBottom = doc.y;
    doc
      .font(label === rows[0]![0] ? f.bold : f.regular)
      .fillColor(INK)
      .text(value, x + labelWidth, y, { width: contentWidth(doc) - labelWidth });
    doc.y = Math.max(doc.y, labelBottom) + 2;
  }
  if (a.staffAssisted)
    doc
      .font(f.regular)
      .fontSize(9.5)
      .fillColor(MUTED)
      .text(t('staffAssisted'), x, doc.y + 2, { width: contentWidth(doc) });
}

function drawOverall(c: TCtx): void {
  const { doc, f, t, data } = c;
  const x = doc.page.margins.left;
  const top = doc.y + 12;
  const height = 62;
  const { score, band } = data.scores.overall;
  doc.save().roundedRect(x, top, contentWidth(doc), height, 6).fill('#f3f5f9').restore();
  doc
    .font(f.regular)
    .fontSize(10)
    .fillColor(MUTED)
    .text(t('overall.heading'), x + 14, top + 10, { lineBreak: false });
  doc
    .font(f.bold)
    .fontSize(26)
    .fillColor(INK)
    .text(formatScore(score, data.locale), x + 14, top + 24, { lineBreak: false });
  const scoreWidth = doc.widthOfString(formatScore(score, data.locale));
  doc
    .font(f.regular)
    .fontSize(11)
    .fillColor(MUTED)
    .text(t('overall.outOf'), x + 20 + scoreWidth, top + 36, { lineBreak: false });
  doc
    .font(f.bold)
    .fontSize(13)
    .fillColor(BAND_COLORS[band])
    .text(t('overall.band', { band: bandName(c, band) }), x + 200, top + 32, {
      width: contentWidth(doc) - 214,
      align: 'right',
    });
  doc.x = x;
  doc.y = top + height + 4;
}

function drawChart(c: TCtx): void {
  const { doc, f, t, data } = c;
  const radius = 92;
  // Labels take about 35 points above and below the 100 ring; the legend follows.
  sectionHeading(doc, f, t('chart.heading'), 2 * radius + 90 + 14 * (c.earlier.length + 1));
  const cx = doc.page.margins.left + contentWidth(doc) / 2;
  const cy = doc.y + radius + 34;
  const ids = c.data.scores.dimensions.map((d) => d.id);
  const series: TRadarSeries[] = [
    ...c.earlier.map((e) => ({
      label: t('chart.earlier', { stage: e.stage, date: formatDate(e.submittedAt, data.locale) }),
      color: EARLIER_COLORS[e.stage],
      values: ids.map((id) => scoreOf(e.scores, id)?.score ?? 0),
      current: false,
    })),
    {
      label: t('chart.thisAssessment', {
        stage: data.assessment.stage,
        date: formatDate(data.assessment.submittedAt, data.locale),
      }),
      color: CURRENT_COLOR,
      values: ids.map((id) => scoreOf(data.scores, id)!.score),
      current: true,
    },
  ];
  drawRadar(doc, {
    cx,
    cy,
    radius,
    axisLabels: data.scores.dimensions.map((d) => `${dimensionName(c, d.id)}\n${formatScore(d.score, data.locale)}`),
    series,
    fonts: f,
  });
  const legendTop = cy + radius + 40;
  const afterLegend = drawLegend(doc, doc.page.margins.left + 120, legendTop, series, f.regular);
  doc
    .font(f.regular)
    .fontSize(8)
    .fillColor(MUTED)
    .text(t('chart.scale'), doc.page.margins.left, afterLegend + 4, {
      width: contentWidth(doc),
      align: 'center',
    });
  doc.x = doc.page.margins.left;
}

function drawScoreTable(c: TCtx): void {
  const { doc, f, t, data } = c;
  sectionHeading(doc, f, t('table.heading'), 8 * 22);
  const columns: TColumn[] = [
    { header: t('table.dimension'), width: 0 },
    { header: t('table.score'), width: 60, align: 'right' },
    { header: '', width: 110 },
    { header: t('table.band'), width: 130 },
  ];
  const rows: TRow[] = data.scores.dimensions.map((d) => ({
    cells: [
      dimensionName(c, d.id),
      formatScore(d.score, data.locale),
      { bar: d.score, color: BAND_COLORS[d.band] },
      bandName(c, d.band),
    ],
    colors: { 3: BAND_COLORS[d.band] },
  }));
  const o = data.scores.overall;
  rows.push({
    cells: [
      t('table.overall'),
      formatScore(o.score, data.locale),
      { bar: o.score, color: BAND_COLORS[o.band] },
      bandName(c, o.band),
    ],
    bold: true,
    colors: { 3: BAND_COLORS[o.band] },
  });
  drawTable(doc, f, columns, rows);
}

function drawComparison(c: TCtx): void {
  const { doc, f, t, data } = c;
  if (c.earlier.length === 0) return;
  sectionHeading(doc, f, t('comparison.heading'), 9 * 22);
  const columns: TColumn[] = [
    { header: t('table.dimension'), width: 0 },
    ...c.earlier.map((e): TColumn => ({ header: e.stage, width: 46, align: 'right' })),
    { header: data.assessment.stage, width: 46, align: 'right' },
    ...c.earlier.map((e): TColumn => ({
      header: t('comparison.change', { stage: e.stage }),
      width: 78,
      align: 'right',
    })),
  ];
  const line = (label: string, pick: (s: TScores) => number | undefined, bold = false): TRow => {
    const now = pick(data.scores)!;
    const before = c.earlier.map((e) => pick(e.scores));
    return {
      bold,
      cells: [
        label,
        ...before.map((b) => (b === undefined ? '' : formatScore(b, data.locale))),
        formatScore(now, data.locale),
        ...before.map((b) => (b === undefined ? '' : formatChange(now - b, data.locale))),
      ],
    };
  };
  const rows = data.scores.dimensions.map((d) => line(dimensionName(c, d.id), (s) => scoreOf(s, d.id)?.score));
  rows.push(line(t('table.overall'), (s) => s.overall.score, true));
  drawTable(doc, f, columns, rows);
  const x = doc.page.margins.left;
  doc.moveDown(0.4);
  for (const e of c.earlier) {
    const from = bandName(c, e.scores.overall.band);
    const to = bandName(c, data.scores.overall.band);
    doc
      .font(f.regular)
      .fontSize(9.5)
      .fillColor(INK)
      .text(t('comparison.bandMove', { stage: e.stage, from, to }), x, doc.y, { width: contentWidth(doc) });
  }
  doc
    .font(f.regular)
    .fontSize(8)
    .fillColor(MUTED)
    .text(t('comparison.note'), x, doc.y + 2, { width: contentWidth(doc) });
}

function drawDetails(c: TCtx): void {
  const { doc, f, t, data } = c;
  const q = data.assessment.questionnaire;
  const x = doc.page.margins.left;
  const width = contentWidth(doc);
  sectionHeading(doc, f, t('details.heading'));
  for (const d of data.scores.dimensions) {
    const interpretation = c.dma(`${q}.dimensions.${d.id}.interpretation.${d.band}`);
    const improve = c.dma(`${q}.dimensions.${d.id}.improve.${d.band}`);
    // Keep a dimension's block on one page so a label is never left alone at the bottom.
    doc.font(f.regular).fontSize(9.5);
    const textHeight = doc.heightOfString(interpretation, { width }) + doc.heightOfString(improve, { width });
    ensureSpace(doc, textHeight + 95);
    doc.moveDown(0.5);
    doc.font(f.bold).fontSize(11).fillColor(INK).text(dimensionName(c, d.id), x, doc.y, { width });
    doc
      .font(f.regular)
      .fontSize(9.5)
      .fillColor(BAND_COLORS[d.band])
      .text(
        t('details.scoreBand', { score: formatScore(d.score, data.locale), band: bandName(c, d.band) }),
        x,
        doc.y + 1,
        { width },
      );
    doc.moveDown(0.3);
    doc.font(f.bold).fontSize(9.5).fillColor(INK).text(t('details.interpretation'), x, doc.y, { width });
    doc
      .font(f.regular)
      .fontSize(9.5)
      .fillColor(INK)
      .text(interpretation, x, doc.y + 1, { width });
    doc.moveDown(0.3);
    doc.font(f.bold).fontSize(9.5).fillColor(INK).text(t('details.improve'), x, doc.y, { width });
    doc
      .font(f.regular)
      .fontSize(9.5)
      .fillColor(INK)
      .text(improve, x, doc.y + 1, { width });
  }
}

/** Page numbers and the generation date on every page, written once the page count is known. */
function drawFooters(c: TCtx): void {
  const { doc, f, t, data } = c;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would otherwise make PDFKit open a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const x = doc.page.margins.left;
    const y = doc.page.height - 38;
    const width = contentWidth(doc);
    doc
      .save()
      .moveTo(x, y - 6)
      .lineTo(x + width, y - 6)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke()
      .restore();
    doc.font(f.regular).fontSize(8).fillColor(MUTED);
    doc.text(t('footer.generated', { date: formatDate(data.generatedAt, data.locale), hub: data.hubName }), x, y, {
      width: width - 110,
      lineBreak: false,
    });
    doc.text(t('footer.page', { page: i - range.start + 1, pages: range.count }), x + width - 110, y, {
      width: 110,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = margin;
  }
}

export async function renderAssessmentReport(data: TReportData): Promise<Buffer> {
  // Loaded on first use: pdfkit costs ~0.3 s at start-up and only certificates and reports need it.
  const { default: PDFDocument } = await import('pdfkit');
  const f = fonts();
  const t = translator(data.locale, 'reports');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, left: 50, right: 50, bottom: 60 },
    bufferPages: true,
    font: f.regular,
    lang: data.locale,
    displayTitle: true,
    info: {
      Title: `${t('title')} — ${data.organisation.name}`,
      Author: data.hubName,
      Subject: t('title'),
      CreationDate: data.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const earlier = [...data.earlier].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const ctx: TCtx = { doc, data, t, dma: translator(data.locale, 'dma'), f, earlier };
  drawHeader(ctx);
  drawMeta(ctx);
  drawOverall(ctx);
  drawChart(ctx);
  drawScoreTable(ctx);
  drawComparison(ctx);
  drawDetails(ctx);
  drawFooters(ctx);
  doc.end();
  return done;
}
