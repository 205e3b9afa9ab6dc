/** An organisation's assessments, newest first: drafts with their progress ("Continue"), submitted ones ("Open") with reports. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../shared/lib/format';
import type { TAssessmentSummary } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { ReportLinks } from './ReportLinks';
import { ScoreWithBand } from './ScoreWithBand';

export function AssessmentList({ items }: { items: TAssessmentSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <ul className="item-list assessment-list">
      {items.map((a) => {
        const to = `/organisations/${a.organisationId}/assessments/${a.id}`;
        const draft = a.status === 'draft';
        return (
          <li key={a.id} className="item">
            <div className="item__main">
              <p className="item__title">
                {draft ? t('assessments.list.draftTitle') : t('assessments.list.stageTitle', { stage: a.stage ?? '' })}{' '}
                <span className={`badge${draft ? ' badge--warn' : ' badge--ok'}`}>
                  {t(`assessments.statuses.${a.status}`)}
                </span>
                {a.staffAssisted ? (
                  <span className="badge badge--info assessment-list__assisted">{t('assessments.staffAssisted')}</span>
                ) : null}
              </p>
              <p className="item__meta">
                {draft
                  ? `${t('assessments.progress', { answered: a.progress.answered, total: a.progress.total })} · ${t(
                      'assessments.list.updated',
                      {
                        date: formatDateTime(a.updatedAt, locale),
                      },
                    )}`
                  : t('assessments.list.submitted', { date: formatDate(a.submittedAt, locale) })}
              </p>
              {draft ? (
                <progress
                  className="progress"
                  max={a.progress.total}
                  value={a.progress.answered}
                  aria-label={t('assessments.progressLabel')}
                />
              ) : a.overall ? (
                <p className="item__meta">
                  <ScoreWithBand score={a.overall} />
                </p>
              ) : null}
              {!draft ? <ReportLinks assessmentId={a.id} stage={a.stage} /> : null}
            </div>
            <div className="item__actions">
              <Link className={`button button--small${draft ? '' : ' button--secondary'}`} to={to}>
                {draft ? t('assessments.list.continue') : t('assessments.list.open')}
                <span className="visually-hidden">
                  {' '}
                  {draft
                    ? t('assessments.list.draftTitle')
                    : t('assessments.list.stageTitle', { stage: a.stage ?? '' })}
                </span>
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
