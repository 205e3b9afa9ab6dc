/** "41,8 / 100" with the band next to it. */
import { useTranslation } from 'react-i18next';
import type { TScore } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { formatScore } from '../scores';
import { BandBadge } from './BandBadge';

export function ScoreWithBand({ score }: { score: TScore }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <span className="score-band">
      <span className="score-band__score">
        {t('assessments.scoreOf100', { score: formatScore(score.score, locale) })}
      </span>{' '}
      <BandBadge band={score.band} />
    </span>
  );
}
