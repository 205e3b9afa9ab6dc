/**
 * An organisation's digital maturity over time: the stages recorded, one radar with every stage, the
 * change per dimension, services received in between, the peer benchmark and every assessment.
 */
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { EmptyState, ErrorMessage, Loading } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { asApiError } from '../../../shared/lib/errors';
import { orgName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { AssessmentList } from '../components/AssessmentList';
import { BenchmarkPanel } from '../components/BenchmarkPanel';
import { ChangesTable } from '../components/ChangesTable';
import { ServicesBetween } from '../components/ServicesBetween';
import { StagesList } from '../components/StagesList';
import { useDmaLabels } from '../labels';
import { createAssessment, organisationAssessmentsPath, organisationResultsPath } from '../assessments-api';
import { ResultView } from '../components/ResultView';
import type { TOrganisationAssessments, TOrganisationResults } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { LoadFailure } from '../../../app/NotFoundPage';

export function OrganisationAssessmentsPage() {
  return (
    <RequireAuth>
      <ResultsLoader />
    </RequireAuth>
  );
}

function ResultsLoader() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { id = '' } = useParams();
  const org = useApi<TOrganisationDetail>(`/api/v1/organisations/${encodeURIComponent(id)}`);
  const list = useApi<TOrganisationAssessments>(organisationAssessmentsPath(id));
  const results = useApi<TOrganisationResults>(organisationResultsPath(id));
  const name = org.data ? orgName(org.data, locale) : '';
  useHead(name ? t('assessments.results.documentTitle', { name }) : t('assessments.results.title'));

  const error = org.error ?? list.error ?? results.error;
  if (error)
    return (
      <LoadFailure
        error={error}
        onRetry={() => {
          org.reload();
          list.reload();
          results.reload();
        }}
      />
    );
  if (!org.data || !list.data || !results.data) return <Loading />;
  return <ResultsView organisationId={id} name={name} list={list.data} results={results.data} />;
}

function ResultsView({
  organisationId,
  name,
  list,
  results,
}: {
  organisationId: string;
  name: string;
  list: TOrganisationAssessments;
  results: TOrganisationResults;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const action = useAction();
  const { stages, changes, questionnaire } = results;
  const labels = useDmaLabels(questionnaire);
  // Stages come in stage order: the latest result is the highest stage, the one the benchmark compares too.
  const latest = stages.length ? stages[stages.length - 1] : null;
  const fillPath = (assessmentId: string) => `/organisations/${organisationId}/assessments/${assessmentId}`;

  const start = async () => {
    const created = await action.run(async () => {
      try {
        return (await createAssessment(organisationId)).id;
      } catch (e) {
        // Someone (another device, a colleague) already opened a draft: continue that one.
        const draftId = (asApiError(e).details as { draftId?: unknown } | undefined)?.draftId;
        if (asApiError(e).status === 409 && typeof draftId === 'string') return draftId;
        throw e;
      }
    });
    if (created) navigate(fillPath(created));
  };

  const startButton = list.draftId ? (
    <Link className="button" to={fillPath(list.draftId)}>
      {t('assessments.results.continueDraft')}
    </Link>
  ) : list.abilities.start && list.nextStage ? (
    <button type="button" className="button" onClick={() => void start()} disabled={action.busy}>
      {action.busy ? t('common.working') : t('assessments.results.start')}
    </button>
  ) : null;

  return (
    <div className="container section assessments-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={`/organisations/${organisationId}`}>{name}</Link>
      </nav>
      <div className="page-head">
        <div>
          <h1>{t('assessments.results.title')}</h1>
          <p className="muted">
            {name} · {labels.questionnaireName()}
          </p>
        </div>
        <div className="page-head__actions">{startButton}</div>
      </div>
      {action.error ? <ErrorMessage error={action.error} /> : null}
      {!list.nextStage && !list.draftId ? (
        <p className="status status--info">{t('assessments.results.allStagesRecorded')}</p>
      ) : null}

      {list.items.length === 0 ? (
        <EmptyState>
          <p>{t('assessments.results.empty')}</p>
          {startButton}
        </EmptyState>
      ) : null}

      {latest ? (
        <>
          <section className="panel" aria-labelledby="stages-title">
            <h2 id="stages-title">{t('assessments.results.stagesTitle')}</h2>
            <StagesList organisationId={organisationId} stages={stages} />
          </section>

          <section className="panel" aria-labelledby="result-title">
            <h2 id="result-title">
              {stages.length > 1
                ? t('assessments.results.compareTitle')
                : t('assessments.results.latestTitle', { stage: latest.stage })}
            </h2>
            <ResultView
              questionnaire={questionnaire}
              scores={latest.scores}
              compare={stages.slice(0, -1).map((s) => ({ label: s.stage, scores: s.scores }))}
              label={latest.stage}
              headingLevel={3}
            />
          </section>

          <section className="panel" aria-labelledby="changes-title">
            <h2 id="changes-title">{t('assessments.results.changesTitle')}</h2>
            {changes.length ? (
              <ChangesTable questionnaire={questionnaire} changes={changes} />
            ) : (
              <p className="status status--empty">{t('assessments.results.changesEmpty')}</p>
            )}
          </section>

          <section className="panel" aria-labelledby="services-title">
            <h2 id="services-title">{t('assessments.results.servicesTitle')}</h2>
            <ServicesBetween changes={changes} />
          </section>

          <section className="panel" aria-labelledby="benchmark-title">
            <h2 id="benchmark-title">{t('assessments.results.benchmarkTitle')}</h2>
            <BenchmarkPanel
              questionnaire={questionnaire}
              benchmark={results.benchmark}
              latest={latest.scores}
              stage={latest.stage}
            />
          </section>
        </>
      ) : null}

      {list.items.length ? (
        <section className="panel" aria-labelledby="list-title">
          <h2 id="list-title">{t('assessments.list.title')}</h2>
          <AssessmentList items={list.items} />
        </section>
      ) : null}
    </div>
  );
}
