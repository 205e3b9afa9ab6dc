/** The peer comparison on the server: whole-point peer means, no group size, and the stage it compares. */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../../../../src/domain/dma/questionnaires';
import { bandOf } from '../../../../src/domain/dma/scoring';
import { createI18n } from '../../../i18n';
import { ANONYMOUS_ME } from '../../../app/modules';
import type { TBenchmark, TScores } from '../../../../src/contract/assessments';
import { SessionProvider } from '../../../shared/session/session';
import { BenchmarkPanel } from './BenchmarkPanel';

const scores = (overall: number, dims: number[]): TScores => ({
  overall: { score: overall, band: bandOf(overall) },
  dimensions: DIMENSION_IDS.map((id, i) => ({ id, score: dims[i]!, band: bandOf(dims[i]!) })),
});

function html(benchmark: TBenchmark, locale: 'bg' | 'en' = 'en'): string {
  const i18n = createI18n(locale);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <SessionProvider initialMe={ANONYMOUS_ME}>
        <BenchmarkPanel
          questionnaire="sme"
          benchmark={benchmark}
          latest={scores(41.76, [40, 38.57, 46.43, 53.57, 32, 40])}
          stage="T2"
        />
      </SessionProvider>
    </I18nextProvider>,
  );
}

const group = { sector: 'ict', staffBand: 'small', nuts2: 'BG34' };

describe('BenchmarkPanel', () => {
  it('shows the peer means in whole points next to our scores at the highest stage, without the group size', () => {
    const out = html({ minimumPeers: 5, available: true, group, mean: scores(44, [41, 38, 50, 52, 30, 43]) });
    expect(out).toContain('Scores at T2 next to the mean of at least 5 peer organisations');
    expect(out).toMatch(/<td class="num">41\.8<\/td><td class="num">44<\/td><td class="num">−2\.2<\/td>/);
    expect(out).toContain('rounded to whole points');
  });

  it('says only that the group is too small, never how small', () => {
    const out = html({ minimumPeers: 5, available: false, group, mean: null }, 'bg');
    expect(out).toContain('поне 5 други организации');
    expect(out).not.toMatch(/сега|\(\d\)/);
  });
});
