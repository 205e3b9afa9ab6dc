/**
 * One assessment: a draft is filled section by section (saved after each, resumable anywhere); a
 * submitted one shows its result, stage, versions, Module 1 snapshot, reports and corrections, and
 * staff may correct it with a reason.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { Detail } from '../../../shared/components/Detail';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { meansNotFound } from '../../../shared/lib/errors';
import { formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { CURRENT_QUESTIONNAIRES, findQuestionnaireVersion } from '../../../../src/domain/dma/questionnaires';
import { AssessmentForm } from '../components/AssessmentForm';
import { CorrectionsHistory } from '../components/CorrectionsHistory';
import { Module1Snapshot } from '../components/Module1Snapshot';
import { ReportLinks } from '../components/ReportLinks';
import { useDmaLabels } from '../labels';
import { assessmentPath, deleteAssessment, organisationAssessmentsPath } from '../assessments-api';
import { ResultView } from '../components/ResultView';
import type { TAssessment, TOrganisationAssessments } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
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
  const { locale } = useSession();
  const navigate = useNavigate();
  const confirm = useConfirm();
  const labels = useDmaLabels(a.questionnaire);
  const action = useAction();
  const [correcting, setCorrecting] = useState(false);
  const [notice, setNotice] = useState<'submitted' | 'corrected' | null>(null);
  const back = `/organisations/${a.organisationId}/assessments`;
  // The version answered: its structure and wording (a stored assessment keeps showing its own).
  const definition = findQuestionnaireVersion(a.questionnaireVersion) ?? CURRENT_QUESTIONNAIRES[a.questionnaire];
  const draft = a.status === 'draft';

  const discard = async () => {
    if (!(await confirm(t('assessments.fill.confirmDiscard'), { confirmLabel: t('assessments.fill.discard') }))) return;
    const done = await action.run(async () => {
      await deleteAssessment(a.id);
      return true;
    });
    if (done) navigate(back);
  };

  const finished = (kind: 'submitted' | 'corrected') => (next: TAssessment) => {
    onChange(next);
    setCorrecting(false);
    setNotice(kind);
    window.scrollTo(0, 0);
  };

  return (
    <div className="container section assessment-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={back}>{t('assessments.fill.backToResults', { name: a.organisationName })}</Link>
      </nav>
      <div className="page-head">
        <div>
          <h1>
            {draft ? t('assessments.fill.title') : t('assessments.fill.submittedTitle', { stage: a.stage ?? '' })}
          </h1>
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
            <button
              type="button"
              className="button button--danger-ghost"
              onClick={() => void discard()}
              disabled={action.busy}
            >
              {t('assessments.fill.discard')}
            </button>
          ) : null}
          {!draft && a.abilities.correct && !correcting ? (
            <button type="button" className="button button--secondary" onClick={() => setCorrecting(true)}>
              {t('assessments.correct.start')}
            </button>
          ) : null}
        </div>
      </div>
      {notice === 'submitted' ? <Notice>{t('assessments.fill.submitted', { stage: a.stage ?? '' })}</Notice> : null}
      {notice === 'corrected' ? <Notice>{t('assessments.correct.done')}</Notice> : null}
      {action.error ? <ErrorMessage error={action.error} /> : null}

      {draft ? (
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
        <>
          {a.result ? (
            <section className="panel" aria-labelledby="result-title">
              <h2 id="result-title">{t('assessments.fill.resultTitle')}</h2>
              <ResultView
                questionnaire={a.questionnaire}
                scores={a.result}
                label={a.stage ?? undefined}
                headingLevel={3}
              />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="record-title">
            <h2 id="record-title">{t('assessments.fill.recordTitle')}</h2>
            <dl className="details">
              <Detail label={t('assessments.fields.stage')}>{a.stage}</Detail>
              <Detail label={t('assessments.fields.submittedAt')}>{formatDateTime(a.submittedAt, locale)}</Detail>
              <Detail label={t('assessments.fields.submittedBy')}>{a.submittedByName}</Detail>
              <Detail label={t('assessments.fields.createdBy')}>{a.createdByName}</Detail>
              <Detail label={t('assessments.fields.questionnaireVersion')}>{a.questionnaireVersion}</Detail>
              <Detail label={t('assessments.fields.profile')}>{a.profile}</Detail>
            </dl>
            {a.abilities.report ? (
              <p>
                <ReportLinks assessmentId={a.id} stage={a.stage} />
              </p>
            ) : null}
          </section>
          <section className="panel" aria-labelledby="corrections-title">
            <h2 id="corrections-title">{t('assessments.corrections.title')}</h2>
            <CorrectionsHistory
              questionnaire={a.questionnaire}
              definition={definition}
              corrections={a.corrections}
              currentAnswers={a.answers}
            />
          </section>
          {a.module1 ? (
            <section className="panel" aria-labelledby="module1-title">
              <h2 id="module1-title">{t('assessments.module1.title')}</h2>
              <p className="muted">{t('assessments.module1.help')}</p>
              <Module1Snapshot data={a.module1} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
