/** The reconciliation table on the server: numbers that explain the flag, and our assessments the file lacks. */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import { ANONYMOUS_ME } from '../../../app/modules';
import type { TReconciliation } from '../../../../src/contract/assessments';
import { SessionProvider } from '../../../shared/session/session';
import { ReconciliationView } from './ReconciliationView';

const result: TReconciliation = {
  questionnaire: 'sme',
  rows: 3,
  matched: 2,
  unmatched: [],
  differences: [
    {
      row: 2,
      organisationId: 'org-a',
      name: 'Про Дрон Сис',
      stage: 'T1',
      column: 'Digital Readiness',
      ours: 60,
      theirs: 60.51,
      difference: 0.51,
    },
  ],
  missing: [{ organisationId: 'org-b', id: '201355508', name: 'Агро Тест ООД', stage: 'T0' }],
  issues: [],
};

const html = (locale: 'bg' | 'en') =>
  renderToString(
    <I18nextProvider i18n={createI18n(locale)}>
      <SessionProvider initialMe={ANONYMOUS_ME}>
        <StaticRouter location="/assessments">
          <ReconciliationView result={result} />
        </StaticRouter>
      </SessionProvider>
    </I18nextProvider>,
  );

describe('ReconciliationView', () => {
  it('shows ours as exported, the file value and the difference as they stand', () => {
    expect(html('en')).toMatch(/<td class="num">60\.0<\/td><td class="num">60\.51<\/td><td class="num">\+0\.51<\/td>/);
    expect(html('bg')).toMatch(/<td class="num">60,0<\/td><td class="num">60,51<\/td><td class="num">\+0,51<\/td>/);
  });

  it('lists our assessments the file lacks, linked to their results page', () => {
    const en = html('en');
    expect(en).toContain('Our assessments missing from the file');
    expect(en).toContain('href="/organisations/org-b/assessments"');
    expect(en).toContain('(201355508), T0');
    expect(html('bg')).toContain('Наши оценки, които липсват във файла');
  });
});
