/** The six dimension scores as horizontal bars, each with its score (one decimal) and band. */
import { useTranslation } from 'react-i18next';
import type { TQuestionnaireId } from '../../../../src/domain/dma/questionnaires';
import { formatScore, type TScores } from '../scores';
import { dimensionName } from '../labels';
import { BandBadge } from './BandBadge';

export function ScoreBars({ questionnaire, scores }: { questionnaire: TQuestionnaireId; scores: TScores }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="dma-bars">
      {scores.dimensions.map((d) => (
        <li key={d.id} className="dma-bars__item">
          <span className="dma-bars__head">
            <span className="dma-bars__name">{dimensionName(t, questionnaire, d.id)}</span>
            <BandBadge band={d.band} />
          </span>
          <span className="dma-bars__track" aria-hidden="true">
            <span
              className={`dma-bars__fill dma-bars__fill--${d.band}`}
              style={{ width: `${Math.max(0, Math.min(100, d.score))}%` }}
            />
          </span>
          <span className="dma-bars__score">
            {formatScore(d.score, i18n.language)}
            <span className="visually-hidden"> {t('dma.result.outOf100')}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
