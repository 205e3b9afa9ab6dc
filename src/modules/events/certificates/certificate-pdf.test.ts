import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { certificateDates, renderCertificatePdf, type TCertificateData } from './certificate-pdf';
import { CERTIFICATE_CODE_PATTERN, newCertificateCode, normaliseCertificateCode } from './certificate-code';

const DATA: TCertificateData = {
  locale: 'bg',
  hubName: 'EDIH Загоре',
  participantName: 'Мария Петрова',
  organisationName: 'Про Дрон Систем ООД',
  eventTitle: 'Киберсигурност за малки фирми',
  firstStartsAt: new Date('2026-05-12T06:00:00Z'),
  lastEndsAt: new Date('2026-05-13T14:00:00Z'),
  sessionsAttended: 2,
  sessionsTotal: 2,
  code: '7K3Q-M9XD-2F8R-WB4T-H6JN',
  verifyUrl: 'https://hub.example.bg/verify/7K3Q-M9XD-2F8R-WB4T-H6JN',
  issuedAt: new Date('2026-05-14T21:30:00Z'), // 15 May in Sofia
};

async function pdfText(buffer: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false })
    .promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str + ' ' : '')).join('');
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return `${pages}|${text.replace(/\s+/g, ' ')}`;
}

describe('renderCertificatePdf', () => {
  it('renders one Bulgarian page with extractable Cyrillic text and the verification URL', async () => {
    const buffer = await renderCertificatePdf(DATA);
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    expect(buffer.toString('latin1')).toMatch(/DejaVuSans/);
    const [pages, text] = (await pdfText(buffer)).split('|');
    expect(pages).toBe('1');
    expect(text).toContain('Сертификат за участие');
    expect(text).toContain('Мария Петрова');
    expect(text).toContain('Про Дрон Систем ООД');
    expect(text).toContain('Киберсигурност за малки фирми');
    expect(text).toContain('12.05.2026 – 13.05.2026');
    expect(text).toContain('Посетени сесии: 2 от 2');
    expect(text).toContain('Издаден на 15.05.2026');
    expect(text).toContain('7K3Q-M9XD-2F8R-WB4T-H6JN');
    expect(text).toContain('https://hub.example.bg/verify/7K3Q-M9XD-2F8R-WB4T-H6JN');
  });

  it('renders in English with ISO dates', async () => {
    const [, text] = (
      await pdfText(await renderCertificatePdf({ ...DATA, locale: 'en', eventTitle: 'Cybersecurity for small firms' }))
    ).split('|');
    expect(text).toContain('Certificate of attendance');
    expect(text).toContain('Cybersecurity for small firms');
    expect(text).toContain('2026-05-12 – 2026-05-13');
    expect(text).toContain('Sessions attended: 2 of 2');
  });
});

describe('certificate dates and codes', () => {
  it('shows one date for a one-day event in Sofia time', () => {
    // 23:30 UTC on 11 May is already 12 May in Sofia (UTC+3 in summer).
    expect(certificateDates(new Date('2026-05-11T23:30:00Z'), new Date('2026-05-12T10:00:00Z'), 'bg')).toBe(
      '12.05.2026',
    );
  });

  it('makes distinct, well-formed codes and normalises what people type', () => {
    const codes = new Set(Array.from({ length: 500 }, () => newCertificateCode()));
    expect(codes.size).toBe(500);
    for (const c of codes) expect(c).toMatch(CERTIFICATE_CODE_PATTERN);
    expect(normaliseCertificateCode(' 7k3q m9xd-2f8r wb4t-h6jn ')).toBe('7K3Q-M9XD-2F8R-WB4T-H6JN');
    expect(normaliseCertificateCode('o1l0-0000-0000-0000-0000')).toBe('0110-0000-0000-0000-0000');
  });
});
