/**
 * An organisation's digital maturity over time: the stages recorded, one radar with every stage, the
 * change per dimension, services received in between, the peer benchmark and every assessment.
 */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { EmptyState, ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { orgName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { AssessmentList } from '../components/AssessmentList';
import { ResultsOverTime } from '../components/ResultsOverTime';
import { useStartAssessment } from '../hooks/useStartAssessment';
import { useDmaLabels } from '../labels';
import { organisationAssessmentsPath, organisationResultsPath } from '../assessments-api';
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
  const { stages, questionnaire } = results;
  const labels = useDmaLabels(questionnaire);
  // Stages come in stage order: the latest result is the highest stage, the one the benchmark compares too.
  const latest = stages.length ? stages[stages.length - 1] : null;
  const fillPath = (assessmentId: string) => `/organisations/${organisationId}/assessments/${assessmentId}`;
  const action = useStartAssessment(organisationId, fillPath);

  const startButton = list.draftId ? (
    <Link className="button" to={fillPath(list.draftId)}>
      {t('assessments.results.continueDraft')}
    </Link>
  ) : list.abilities.start && list.nextStage ? (
    <button type="button" className="button" onClick={() => void action.start()} disabled={action.busy}>
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

      {latest ? <ResultsOverTime organisationId={organisationId} results={results} latest={latest} /> : null}

      {list.items.length ? (
        <section className="panel" aria-labelledby="list-title">
          <h2 id="list-title">{t('assessments.list.title')}</h2>
          <AssessmentList items={list.items} />
        </section>
      ) : null}
    </div>
  );
}
