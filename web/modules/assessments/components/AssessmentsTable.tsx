/** One page of the staff list: organisation, questionnaire, status (with a draft's progress), stage, score, date. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TAssessmentSummary } from '../../../../src/contract/assessments';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { dmaText } from '../labels';
import { ScoreWithBand } from './ScoreWithBand';

export function AssessmentsTable({ items }: { items: TAssessmentSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="assessments-caption">
      <table className="table">
        <caption id="assessments-caption" className="visually-hidden">
          {t('assessments.list.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('assessments.import.organisation')}</th>
            <th scope="col">{t('assessments.fields.questionnaire')}</th>
            <th scope="col">{t('assessments.fields.status')}</th>
            <th scope="col">{t('assessments.fields.stage')}</th>
            <th scope="col">{t('assessments.fields.score')}</th>
            <th scope="col">{t('assessments.fields.date')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link to={`/organisations/${a.organisationId}/assessments`}>{a.organisationName}</Link>
                {a.staffAssisted ? (
                  <span className="badge badge--info badge--inline">{t('assessments.staffAssisted')}</span>
                ) : null}
              </th>
              <td>{dmaText(t, `questionnaires.${a.questionnaire}.short`)}</td>
              <td>
                <span className={`badge${a.status === 'draft' ? ' badge--warn' : ' badge--ok'}`}>
                  {t(`assessments.statuses.${a.status}`)}
                </span>
                {a.status === 'draft' ? (
                  <span className="muted table-note">
                    {t('assessments.progress', { answered: a.progress.answered, total: a.progress.total })}
                  </span>
                ) : null}
              </td>
              <td>{a.stage ?? ''}</td>
              <td>{a.overall ? <ScoreWithBand score={a.overall} /> : ''}</td>
              <td>{formatDate(a.submittedAt ?? a.updatedAt, locale)}</td>
              <td>
                <Link to={`/organisations/${a.organisationId}/assessments/${a.id}`}>
                  {a.status === 'draft' ? t('assessments.list.continue') : t('assessments.list.open')}
                  <span className="visually-hidden"> {a.organisationName}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
