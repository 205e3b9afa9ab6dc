import type { TDimensionId, TQuestionnaireId, TStage } from '../../../domain/dma/questionnaires';
import type { TBand } from '../../../domain/dma/scoring';

/**
 * The scores the files work with, unrounded. A TDmaResult from scoreAnswers fits this shape, so a
 * stored result can be passed as is.
 */
export interface TScores {
  overall: { score: number; band: TBand };
  dimensions: readonly { id: TDimensionId; score: number; band: TBand }[];
}

/** One row of the Commission's "My SMEs/PSOs DMA Results" file, as read back from a file. */
export interface TParsedResultsRow {
  /** The row number the user sees in the spreadsheet (header = 1). */
  row: number;
  id: string;
  name: string;
  stage: TStage;
  overall: number;
  /** D1..D6, in order. */
  dimensions: number[];
}

export type { TDimensionId, TQuestionnaireId, TStage, TBand };
