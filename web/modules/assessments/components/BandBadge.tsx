/** A maturity band as a coloured badge; the band's name is the text, the colour only repeats it. */
import { useTranslation } from 'react-i18next';
import type { TBand } from '../../../../src/domain/dma/scoring';
import { bandName } from '../labels';

export function BandBadge({ band, large = false }: { band: TBand; large?: boolean }) {
  const { t } = useTranslation();
  return <span className={`badge dma-band dma-band--${band}${large ? ' badge--large' : ''}`}>{bandName(t, band)}</span>;
}
