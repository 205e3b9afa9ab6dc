/** An organisation's recorded stages: the list, one radar with every stage, the changes, services and benchmark. */
import { useTranslation } from 'react-i18next';
import type { TOrganisationResults } from '../../../../src/contract/assessments';
import { BenchmarkPanel } from './BenchmarkPanel';
import { ChangesTable } from './ChangesTable';
import { ResultView } from './ResultView';
import { ServicesBetween } from './ServicesBetween';
import { StagesList } from './StagesList';

export function ResultsOverTime({
  organisationId,
  results,
  latest,
}: {
  organisationId: string;
  results: TOrganisationResults;
  /** The highest stage recorded, the one the benchmark compares. */
  latest: TOrganisationResults['stages'][number];
}) {
  const { t } = useTranslation();
  const { stages, changes, questionnaire } = results;
  return (
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
  );
}
