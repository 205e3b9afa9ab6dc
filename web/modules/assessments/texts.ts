/** Lookups into the `dma` translation namespace (questionnaire content), in one place. */
import type { TFunction } from 'i18next';
import { questionTextKey, type TDimensionId, type TQuestionnaireDef, type TQuestionnaireId } from '../../../src/domain/dma/questionnaires';
import type { TBand } from '../../../src/domain/dma/scoring';

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
export function questionText(t: TFunction, def: Pick<TQuestionnaireDef, 'textKey'>, questionId: string, part: string): string {
  return dmaText(t, questionTextKey(def, questionId, part));
}
