/** One assessment's title, what it is (organisation, questionnaire, status) and its page actions. */
import { useTranslation } from 'react-i18next';
import type { TAssessment } from '../../../../src/contract/assessments';
import { useDmaLabels } from '../labels';

export function AssessmentHead({
  assessment: a,
  correcting,
  busy,
  onDiscard,
  onCorrect,
}: {
  assessment: TAssessment;
  correcting: boolean;
  busy: boolean;
  onDiscard: () => void;
  onCorrect: () => void;
}) {
  const { t } = useTranslation();
  const labels = useDmaLabels(a.questionnaire);
  const draft = a.status === 'draft';
  return (
    <div className="page-head">
      <div>
        <h1>{draft ? t('assessments.fill.title') : t('assessments.fill.submittedTitle', { stage: a.stage ?? '' })}</h1>
        <p className="muted assessment-page__meta">
          <span>{a.organisationName}</span>
          <span>{labels.questionnaireName()}</span>
          <span className={`badge${draft ? ' badge--warn' : ' badge--ok'}`}>
            {t(`assessments.statuses.${a.status}`)}
          </span>
          {a.staffAssisted ? <span className="badge badge--info">{t('assessments.staffAssisted')}</span> : null}
        </p>
      </div>
      <div className="page-head__actions">
        {draft && a.abilities.delete ? (
          <button type="button" className="button button--danger-ghost" onClick={onDiscard} disabled={busy}>
            {t('assessments.fill.discard')}
          </button>
        ) : null}
        {!draft && a.abilities.correct && !correcting ? (
          <button type="button" className="button button--secondary" onClick={onCorrect}>
            {t('assessments.correct.start')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
