/** A stored assessment keeps the wording it was answered with: the texts follow the version's textKey. */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { SME_2023, type TQuestionnaireDef } from '../../../../src/domain/dma/questionnaires';
import { createI18n } from '../../../i18n';
import { QuestionSection } from './QuestionSection';

/** A later wording of the same items: a new version entry with its own text key. */
const SME_2099: TQuestionnaireDef = { ...SME_2023, version: 'sme-2099', textKey: 'sme-2099' };

function renderSection(definition?: TQuestionnaireDef): string {
  const i18n = createI18n('en');
  // The new version's texts: a copy of 2023's with Q1 reworded.
  const current = structuredClone(i18n.t('questions.sme-2023', { ns: 'dma', returnObjects: true })) as Record<
    string,
    { text: string }
  >;
  current.Q1!.text = 'Where does the enterprise invest in digital (2099 wording)?';
  i18n.addResourceBundle('en', 'dma', { questions: { 'sme-2099': current } }, true);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <QuestionSection questionnaire="sme" dimension="D1" answers={{}} onChange={() => {}} definition={definition} />
    </I18nextProvider>,
  );
}

describe('QuestionSection wording', () => {
  it('shows the current wording by default', () => {
    const i18n = createI18n('en');
    const html = renderSection();
    expect(html).toContain(i18n.t('questions.sme-2023.Q1.text', { ns: 'dma' }).replace(/'/g, '&#x27;'));
    expect(html).not.toContain('2099 wording');
  });

  it('shows the wording of the version the answers were given in', () => {
    const html = renderSection(SME_2099);
    expect(html).toContain('Where does the enterprise invest in digital (2099 wording)?');
    expect(html).not.toContain(createI18n('en').t('questions.sme-2023.Q1.text', { ns: 'dma' }).replace(/'/g, '&#x27;'));
    // Every other text comes from the version's own keys too: none is missing.
    expect(html).not.toContain('questions.sme-2099');
  });
});
