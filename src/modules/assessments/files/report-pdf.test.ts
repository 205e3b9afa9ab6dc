import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../domain/dma/scoring';
import { translator } from '../../../platform/i18n/index';
import { renderAssessmentReport, type TReportData } from './report-pdf';
import type { TScores } from './types';

function scores(dims: number[]): TScores {
  const overall = dims.reduce((s, d) => s + d, 0) / dims.length;
  return {
    overall: { score: overall, band: bandOf(overall) },
    dimensions: dims.map((score, i) => ({ id: `D${i + 1}` as 'D1', score, band: bandOf(score) })),
  };
}

// The worked example of dma.md (overall 41.76 → 41.8, Average) as T1, with an earlier T0.
const DATA: TReportData = {
  locale: 'bg',
  hubName: 'EDIH Загоре',
  organisation: { name: 'Про Дрон Систем ООД', eik: '202020205', nuts2: 'BG34' },
  assessment: {
    questionnaire: 'sme',
    stage: 'T1',
    submittedAt: new Date('2026-03-31T22:30:00Z'), // 1 April in Sofia
    staffAssisted: true,
    questionnaireVersion: 'sme-2023',
    profile: 'jrc-2023',
  },
  scores: scores([40, 38.5714285714, 46.4285714286, 53.5714285714, 32, 40]),
  earlier: [
    { stage: 'T0', submittedAt: new Date('2025-06-10T09:00:00Z'), scores: scores([20, 30, 40.05, 50, 60, 10]) },
  ],
  generatedAt: new Date('2026-04-02T08:00:00Z'),
};

/** Text per page, as a reader's copy-and-paste would see it. */
async function pdfText(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await pdf.destroy();
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('renderAssessmentReport', () => {
  it('renders the Bulgarian report with extractable Cyrillic text', async () => {
    const buffer = await renderAssessmentReport(DATA);
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    // The font is embedded (a subset of DejaVu Sans), not referenced.
    expect(buffer.toString('latin1')).toMatch(/\/FontFile2/);
    expect(buffer.toString('latin1')).toMatch(/DejaVuSans/);

    const pages = await pdfText(buffer);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const text = squash(pages.join(' '));
    const t = translator('bg', 'reports');
    const dma = translator('bg', 'dma');
    expect(text).toContain('Про Дрон Систем ООД');
    expect(text).toContain('202020205');
    expect(text).toContain(t('title'));
    expect(text).toContain('41,8');
    expect(text).toContain(t('overall.band', { band: dma('bands.average') }));
    expect(text).toContain(dma('sme.dimensions.D4.name'));
    expect(text).toContain(dma('sme.dimensions.D4.improve.moderately_advanced'));
    expect(text).toContain(t('staffAssisted'));
    // Dates in Sofia time, Bulgarian style.
    expect(text).toContain('01.04.2026');
    expect(text).toContain('10.06.2025');
    // Comparison with T0: D1 40.0 vs 20.0, overall 41.8 vs 35.0 (35.0083…).
    expect(text).toContain('+20,0');
    expect(text).toContain('\u221228,0'); // D5: 32 − 60
    expect(text).toContain(
      t('comparison.bandMove', { stage: 'T0', from: dma('bands.average'), to: dma('bands.average') }),
    );
    expect(squash(pages[pages.length - 1]!)).toContain(t('footer.page', { page: pages.length, pages: pages.length }));
  });

  it('renders the English report without a comparison when there is no earlier stage', async () => {
    const buffer = await renderAssessmentReport({
      ...DATA,
      locale: 'en',
      assessment: { ...DATA.assessment, stage: 'T0', staffAssisted: false },
      organisation: { ...DATA.organisation, eik: null, nuts2: null },
      earlier: [],
    });
    const pages = await pdfText(buffer);
    const text = squash(pages.join(' '));
    const t = translator('en', 'reports');
    const dma = translator('en', 'dma');
    expect(text).toContain('Про Дрон Систем ООД');
    expect(text).toContain('41.8');
    expect(text).toContain(t('overall.band', { band: dma('bands.average') }));
    expect(text).toContain('2026-04-01');
    expect(text).toContain(t('meta.notGiven'));
    expect(text).not.toContain(t('comparison.heading'));
    expect(text).not.toContain(t('staffAssisted'));
    expect(text).toContain(t('footer.page', { page: 1, pages: pages.length }));
  });

  it('shows a distinct translated band in each language', () => {
    // Guards the assertions above: a missing `dma` text would fall back to its key in both languages.
    expect(translator('bg', 'dma')('bands.average')).not.toBe('bands.average');
    expect(translator('bg', 'dma')('bands.average')).not.toBe(translator('en', 'dma')('bands.average'));
  });
});
