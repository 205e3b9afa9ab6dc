/** Every correction of a submitted assessment: when, by whom, why, and the result it replaced. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { formatScore } from '../../dma/scores';
import type { TAssessmentCorrection, TQuestionnaire } from '../../dma/types';
import { useSession } from '../../session/session';
import { useDmaLabels } from '../labels';

export function CorrectionsHistory({
  questionnaire,
  corrections,
}: {
  questionnaire: TQuestionnaire;
  corrections: TAssessmentCorrection[];
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const labels = useDmaLabels(questionnaire);
  if (corrections.length === 0) return <p className="muted">{t('assessments.corrections.none')}</p>;
  return (
    <ol className="item-list corrections">
      {corrections.map((c) => (
        <li key={c.id} className="item item--stack">
          <p className="item__title">
            {t('assessments.corrections.entry', {
              date: formatDateTime(c.at, locale),
              name: c.byName ?? t('assessments.corrections.unknownUser'),
            })}
          </p>
          <p>
            <span className="muted">{t('assessments.corrections.reason')}:</span> {c.reason}
          </p>
          <p className="item__meta">
            {t('assessments.corrections.previous', {
              stage: c.previousStage ?? '—',
              score: formatScore(c.previousResult.overall.score, locale),
              band: labels.band(c.previousResult.overall.band),
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
