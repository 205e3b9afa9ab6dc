/**
 * Translated names of DMA things the assessment screens show (dimensions, bands, questionnaires, question texts):
 * lookups into the `dma` translation namespace, in one place.
 */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { questionTextKey, type TQuestionnaireDef } from '../../../src/domain/dma/questionnaires';
import type { TBand, TDimensionId, TQuestionnaireId } from '../../../src/contract/assessments';

/** A text of the `dma` namespace by its path, e.g. dmaText(t, 'questions.sme-2023.Q1.text'). */
export function dmaText(t: TFunction, path: string): string {
  return t(path, { ns: 'dma' });
}

/** A dimension's name in the UI language. */
export function dimensionName(t: TFunction, questionnaire: TQuestionnaireId, dimension: TDimensionId): string {
  return dmaText(t, `${questionnaire}.dimensions.${dimension}.name`);
}

/** A band's name in the UI language. */
export function bandName(t: TFunction, band: TBand): string {
  return dmaText(t, `bands.${band}`);
}

/**
 * A question's text in the wording of the questionnaire version answered (`def`), e.g.
 * questionText(t, def, 'Q1', 'items.3'); a stored assessment passes its own version, so it keeps its wording.
 */
export function questionText(
  t: TFunction,
  def: Pick<TQuestionnaireDef, 'textKey'>,
  questionId: string,
  part: string,
): string {
  return dmaText(t, questionTextKey(def, questionId, part));
}

export function useDmaLabels(questionnaire: TQuestionnaireId) {
  const { t } = useTranslation();
  const dimension = (id: TDimensionId) => dimensionName(t, questionnaire, id);
  return {
    dimension,
    band: (band: TBand) => bandName(t, band),
    questionnaireName: (q: TQuestionnaireId = questionnaire) => dmaText(t, `questionnaires.${q}.short`),
    /** A band move's target: 'overall' or a dimension id (the server sends it as a string). */
    target: (target: string) => (target === 'overall' ? t('assessments.overall') : dimension(target as TDimensionId)),
  };
}
