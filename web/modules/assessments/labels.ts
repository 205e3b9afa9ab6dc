/** Translated names of DMA things the assessment screens show: dimensions, bands, questionnaires. */
import { useTranslation } from 'react-i18next';
import { bandName, dimensionName, dmaText } from './texts';
import type { TBand, TBandMoveTarget, TDimensionId, TQuestionnaire } from './types';

export function useDmaLabels(questionnaire: TQuestionnaire) {
  const { t } = useTranslation();
  const dimension = (id: TDimensionId) => dimensionName(t, questionnaire, id);
  return {
    dimension,
    band: (band: TBand) => bandName(t, band),
    questionnaireName: (q: TQuestionnaire = questionnaire) => dmaText(t, `questionnaires.${q}.short`),
    target: (target: TBandMoveTarget) => (target === 'overall' ? t('assessments.overall') : dimension(target)),
  };
}
