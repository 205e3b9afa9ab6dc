/** The recorded stages (T0, T1, T2): date, overall score and band, a link to each assessment and its report. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import type { TOrganisationResults } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { ReportLinks } from './ReportLinks';
import { ScoreWithBand } from './ScoreWithBand';

export function StagesList({
  organisationId,
  stages,
}: {
  organisationId: string;
  stages: TOrganisationResults['stages'];
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <ol className="stage-list">
      {stages.map((s) => (
        <li key={s.stage} className="stage-card">
          <p className="stage-card__stage">
            <span className="badge badge--strong">{s.stage}</span>{' '}
            <span className="muted">{formatDate(s.submittedAt, locale)}</span>
          </p>
          <p className="stage-card__score">
            <ScoreWithBand score={s.scores.overall} />
          </p>
          <p className="stage-card__links">
            <Link to={`/organisations/${organisationId}/assessments/${s.assessmentId}`}>
              {t('assessments.results.openStage', { stage: s.stage })}
            </Link>
          </p>
          <ReportLinks assessmentId={s.assessmentId} stage={s.stage} />
        </li>
      ))}
    </ol>
  );
}
