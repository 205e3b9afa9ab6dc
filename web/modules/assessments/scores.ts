/** Scores as the DMA screens show them: the shape shared by the self-check and stored assessments. */
import { roundScore, type TDmaResult } from '../../../src/domain/dma/scoring';
import { intlLocale } from '../../shared/lib/format';

/** Overall score and band plus the six dimension scores, unrounded 0..100. */
export type TScores = Pick<TDmaResult, 'overall' | 'dimensions'>;

/** A score with exactly one decimal, rounded half up as the method demands ("41,8" / "41.8"). */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    roundScore(score),
  );
}

/** A score in whole points (the peer means of the benchmark): "41". */
export function formatWholeScore(score: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(Math.round(score));
}
