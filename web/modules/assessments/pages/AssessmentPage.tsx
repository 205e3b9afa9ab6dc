/**
 * One assessment: a draft is filled section by section (saved after each, resumable anywhere); a
 * submitted one shows its result, stage, versions, Module 1 snapshot, reports and corrections, and
 * staff may correct it with a reason.
 */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { meansNotFound } from '../../../shared/lib/errors';
import { useHead } from '../../../shared/lib/head';
import { AssessmentForm } from '../components/AssessmentForm';
import { AssessmentHead } from '../components/AssessmentHead';
import { SubmittedAssessment } from '../components/SubmittedAssessment';
import { useAssessmentActions } from '../hooks/useAssessmentActions';
import { assessmentPath, organisationAssessmentsPath } from '../assessments-api';
import type { TAssessment, TOrganisationAssessments } from '../../../../src/contract/assessments';
import { LoadFailure } from '../../../app/NotFoundPage';

export function AssessmentPage() {
  return (
    <RequireAuth>
      <AssessmentLoader />
    </RequireAuth>
  );
}

function AssessmentLoader() {
  const { t } = useTranslation();
  const { id = '', assessmentId = '' } = useParams();
  const { data, error, loading, reload, setData } = useApi<TAssessment>(assessmentPath(assessmentId));
  // The default and the free stages come from the organisation's stages so far: a draft's submission and a correction need them.
  const needsStages = data?.status === 'draft' || !!data?.abilities.correct;
  const list = useApi<TOrganisationAssessments>(needsStages ? organisationAssessmentsPath(id) : null);
  useHead(
    data
      ? t('assessments.fill.documentTitle', { name: data.organisationName })
      : error
        ? null
        : t('assessments.fill.title'),
  );
  // An assessment reached through another organisation's address is not found there.
  if (error || (data && data.organisationId !== id))
    return <LoadFailure error={error} onRetry={reload} notFound={!!data || meansNotFound(error)} />;
  if (loading || !data || (needsStages && !list.data && !list.error)) return <Loading />;
  return (
    <AssessmentView
      key={data.id}
      assessment={data}
      nextStage={list.data?.nextStage ?? null}
      freeStages={list.data?.freeStages ?? []}
      onChange={setData}
    />
  );
}

function AssessmentView({
  assessment: a,
  nextStage,
  freeStages,
  onChange,
}: {
  assessment: TAssessment;
  nextStage: TOrganisationAssessments['nextStage'];
  freeStages: TOrganisationAssessments['freeStages'];
  onChange: (a: TAssessment) => void;
}) {
  const { t } = useTranslation();
  const back = `/organisations/${a.organisationId}/assessments`;
  const { action, correcting, setCorrecting, notice, discard, finished } = useAssessmentActions(a, back, onChange);

  return (
    <div className="container section assessment-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={back}>{t('assessments.fill.backToResults', { name: a.organisationName })}</Link>
      </nav>
      <AssessmentHead
        assessment={a}
        correcting={correcting}
        busy={action.busy}
        onDiscard={() => void discard()}
        onCorrect={() => setCorrecting(true)}
      />
      {notice === 'submitted' ? <Notice>{t('assessments.fill.submitted', { stage: a.stage ?? '' })}</Notice> : null}
      {notice === 'corrected' ? <Notice>{t('assessments.correct.done')}</Notice> : null}
      {action.error ? <ErrorMessage error={action.error} /> : null}

      {a.status === 'draft' ? (
        a.abilities.edit ? (
          <AssessmentForm
            assessment={a}
            mode="draft"
            nextStage={nextStage}
            freeStages={freeStages}
            onSaved={onChange}
            onDone={finished('submitted')}
          />
        ) : (
          <p className="status status--info">
            {t('assessments.fill.readOnlyDraft', { answered: a.progress.answered, total: a.progress.total })}
          </p>
        )
      ) : correcting ? (
        <AssessmentForm
          assessment={a}
          mode="correct"
          nextStage={null}
          freeStages={freeStages}
          onSaved={onChange}
          onDone={finished('corrected')}
          onCancel={() => setCorrecting(false)}
        />
      ) : (
        <SubmittedAssessment assessment={a} />
      )}
    </div>
  );
}
