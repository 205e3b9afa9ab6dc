/**
 * The certificate of attendance as PDF (bg or en), one landscape A4 page: the hub, the participant, the event,
 * its dates, the sessions attended, and the verification code with the public URL that confirms it. DejaVu
 * Sans is embedded so Cyrillic renders and the text can be copied and searched.
 */
import { createRequire } from 'node:module';

import { translator } from '../../../platform/i18n/index';
import { formatDate, type TReportLocale } from '../../../platform/files/format';
import { INK, MUTED, RULE, type TDoc, type TFonts } from '../../../platform/files/pdf-layout';

export interface TCertificateData {
  locale: TReportLocale;
  hubName: string;
  participantName: string;
  organisationName: string | null;
  eventTitle: string;
  /** The first session's start and the last session's end. */
  firstStartsAt: Date;
  lastEndsAt: Date;
  sessionsAttended: number;
  sessionsTotal: number;
  code: string;
  verifyUrl: string;
  issuedAt: Date;
}

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

const ACCENT = '#1d4ed8';

/** "12.05.2026" for a one-day event, "12.05.2026 – 14.05.2026" otherwise (Sofia calendar days). */
export function certificateDates(from: Date, to: Date, locale: TReportLocale): string {
  const a = formatDate(from, locale);
  const b = formatDate(to, locale);
  return a === b ? a : `${a} – ${b}`;
}

function centred(doc: TDoc, font: string, size: number, color: string, text: string, gap = 0): void {
  const x = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(text, x, doc.y + gap, { width, align: 'center' });
}

function drawFrame(doc: TDoc): void {
  const inset = 24;
  doc
    .save()
    .rect(inset, inset, doc.page.width - 2 * inset, doc.page.height - 2 * inset)
    .lineWidth(2)
    .strokeColor(ACCENT)
    .stroke()
    .rect(inset + 6, inset + 6, doc.page.width - 2 * inset - 12, doc.page.height - 2 * inset - 12)
    .lineWidth(0.6)
    .strokeColor(RULE)
    .stroke()
    .restore();
}

/** Renders the certificate; resolves to the PDF bytes. */
export async function renderCertificatePdf(data: TCertificateData): Promise<Buffer> {
  // Loaded on first use: pdfkit costs ~0.3 s at start-up and only certificates and reports need it.
  const { default: PDFDocument } = await import('pdfkit');
  const t = translator(data.locale, 'reports');
  const f = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 70, bottom: 60, left: 80, right: 80 },
    info: { Title: `${t('certificates.title')} — ${data.participantName}`, Author: data.hubName },
    lang: data.locale,
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  drawFrame(doc);
  doc.y = doc.page.margins.top;
  centred(doc, 'regular', 12, MUTED, data.hubName);
  centred(doc, 'bold', 30, ACCENT, t('certificates.title'), 18);
  centred(doc, 'regular', 13, MUTED, t('certificates.certifies'), 22);
  centred(doc, 'bold', 26, INK, data.participantName, 10);
  if (data.organisationName) centred(doc, 'regular', 13, MUTED, data.organisationName, 4);
  centred(doc, 'regular', 13, MUTED, t('certificates.attended'), 16);
  centred(doc, 'bold', 18, INK, data.eventTitle, 8);
  centred(doc, 'regular', 12, INK, certificateDates(data.firstStartsAt, data.lastEndsAt, data.locale), 8);
  centred(
    doc,
    'regular',
    12,
    INK,
    t('certificates.sessionsAttended', { attended: data.sessionsAttended, total: data.sessionsTotal }),
    4,
  );
  centred(doc, 'regular', 11, MUTED, t('certificates.issuedOn', { date: formatDate(data.issuedAt, data.locale) }), 24);

  // The verification block sits at the foot of the page whatever the length of the title above.
  doc.y = doc.page.height - doc.page.margins.bottom - 48;
  centred(doc, 'regular', 10, MUTED, t('certificates.codeLabel'));
  centred(doc, 'bold', 14, INK, data.code, 2);
  centred(doc, 'regular', 10, MUTED, t('certificates.verifyAt', { url: data.verifyUrl }), 4);
  doc.end();
  return done;
}
