/** Lookups into the `dma` translation namespace (questionnaire content), in one place. */
import type { TFunction } from 'i18next';
import type { TDimensionId, TQuestionnaireId } from '../../../src/domain/dma/questionnaires';
import type { TBand } from '../../../src/domain/dma/scoring';

/** A text of the `dma` namespace by its path, e.g. dmaText(t, 'sme.questions.Q1.text'). */
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
