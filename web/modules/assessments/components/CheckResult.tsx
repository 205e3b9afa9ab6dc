/** The self-check's result: the scores, a way back to the answers, and the invitation to save them. */
import { useTranslation } from 'react-i18next';
import type { TQuestionnaireId } from '../../../../src/domain/dma/questionnaires';
import type { TAnswerMap } from '../answers-model';
import { EMPTY_CHECK, saveCheckState } from '../check-storage';
import { dmaText } from '../labels';
import type { TScores } from '../scores';
import { CheckInvitation } from './CheckInvitation';
import { ResultView } from './ResultView';

export function CheckResult({
  questionnaire,
  result,
  answers,
  onChangeAnswers,
  onStartAgain,
}: {
  questionnaire: TQuestionnaireId;
  result: TScores;
  /** The answers as the server takes them. */
  answers: TAnswerMap;
  onChangeAnswers: () => void;
  onStartAgain: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="dma-check__bar">
        <p className="dma-check__which">{dmaText(t, `questionnaires.${questionnaire}.title`)}</p>
        <div className="actions">
          <button type="button" className="button button--secondary button--small" onClick={onChangeAnswers}>
            {t('dma.check.changeAnswers')}
          </button>
          <button type="button" className="button button--ghost button--small" onClick={onStartAgain}>
            {t('dma.check.startAgain')}
          </button>
        </div>
      </div>
      <section className="panel dma-check__result" aria-labelledby="dma-result-title">
        <h2 id="dma-result-title" tabIndex={-1}>
          {t('dma.check.resultTitle')}
        </h2>
        <p className="muted">{t('dma.check.resultNote')}</p>
        <ResultView questionnaire={questionnaire} scores={result} headingLevel={3} />
      </section>
      <CheckInvitation questionnaire={questionnaire} answers={answers} onSaved={() => saveCheckState(EMPTY_CHECK)} />
    </>
  );
}
