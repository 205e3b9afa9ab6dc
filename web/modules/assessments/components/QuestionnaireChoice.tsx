/** Step 1 of the self-check: enterprise or public organisation, each with its questionnaire's introduction. */
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE_IDS, type TQuestionnaireId } from '../../../../src/domain/dma/questionnaires';
import { dmaText } from '../labels';

export function QuestionnaireChoice({ onChoose }: { onChoose: (questionnaire: TQuestionnaireId) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="dma-choice">
      {QUESTIONNAIRE_IDS.map((q) => (
        <li key={q} className="dma-choice__card">
          <h3 id={`dma-choice-${q}`}>{dmaText(t, `questionnaires.${q}.title`)}</h3>
          <p className="dma-choice__who">{t(q === 'sme' ? 'dma.check.forSme' : 'dma.check.forPso')}</p>
          <p>{dmaText(t, `questionnaires.${q}.intro`)}</p>
          <button type="button" className="button" aria-describedby={`dma-choice-${q}`} onClick={() => onChoose(q)}>
            {t(q === 'sme' ? 'dma.check.startSme' : 'dma.check.startPso')}
          </button>
        </li>
      ))}
    </ul>
  );
}
