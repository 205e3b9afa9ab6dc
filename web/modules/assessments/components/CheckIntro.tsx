/** The self-check before a questionnaire is chosen: what it is, what is kept, and the choice. */
import { useTranslation } from 'react-i18next';
import type { TQuestionnaireId } from '../../../../src/domain/dma/questionnaires';
import { QuestionnaireChoice } from './QuestionnaireChoice';

export function CheckIntro({ onChoose }: { onChoose: (q: TQuestionnaireId) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="section__lead">{t('dma.check.intro')}</p>
      <p className="form__note">{t('dma.check.privacy')}</p>
      <noscript>
        <p className="status status--info">{t('dma.check.noscript')}</p>
      </noscript>
      <h2>{t('dma.check.chooseTitle')}</h2>
      <QuestionnaireChoice onChoose={onChoose} />
    </>
  );
}
