import { sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { rowsOf } from '../../../platform/db/sql-helpers';
import {
  BENCHMARK_MIN_PEERS,
  peerMean,
  publishedPeerMean,
  stageChanges,
  type TScores,
  type TStageChange,
} from '../../../domain/dma/impact';
import { STAGES, type TQuestionnaireId, type TStage } from '../../../domain/dma/questionnaires';
import { findOrganisationRow } from '../../organisations/public';
import { presentScores } from '../assessments.presenter';
import { questionnaireForType } from '../questionnaire-for';
import { loadSubmittedStages } from './list-organisation-assessments';
import { listServicesBetween, type TServiceBetween } from './services-between';

/** The peer comparison as it may be shown: no peer count, means in whole points (README, "Peer benchmark"). */
export interface TBenchmark {
  minimumPeers: number;
  available: boolean;
  group: { sector: string | null; staffBand: string | null; nuts2: string | null };
  mean: TScores | null;
}

export interface TAssessmentResults {
  questionnaire: TQuestionnaireId;
  stages: { stage: TStage; assessmentId: string; submittedAt: string; scores: TScores }[];
  changes: (TStageChange & { services: TServiceBetween[] })[];
  benchmark: TBenchmark | null;
}

/** An organisation's recorded stages, the change since T0 with the services received in between, and its peers. */
export async function getAssessmentResults(executor: Executor, organisationId: string): Promise<TAssessmentResults> {
  const org = await findOrganisationRow(executor, organisationId);
  const questionnaire = questionnaireForType(org.type);
  const rows = await loadSubmittedStages(executor, organisationId, questionnaire);
  const stages = rows.map((r) => ({
    stage: r.stage as TStage,
    assessmentId: r.id,
    submittedAt: r.submittedAt!,
    scores: presentScores(r.result)!,
  }));
  const at = (stage: TStage) => stages.find((s) => s.stage === stage)!.submittedAt;
  const changes = await Promise.all(
    stageChanges(stages).map(async (c) => ({
      ...c,
      services: await listServicesBetween(executor, organisationId, at(c.from), at(c.to)),
    })),
  );
  // The latest result is the highest stage, as on the results page (a stage may be recorded after a later one).
  const latest = rows.reduce<(typeof rows)[number] | undefined>(
    (best, r) => (!best || STAGES.indexOf(r.stage as TStage) > STAGES.indexOf(best.stage as TStage) ? r : best),
    undefined,
  );
  const benchmark = latest
    ? await peerBenchmark(executor, organisationId, questionnaire, latest.module1 as Record<string, unknown> | null)
    : null;
  return {
    questionnaire,
    stages: stages.map((s) => ({ ...s, submittedAt: s.submittedAt.toISOString() })),
    changes,
    benchmark,
  };
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);

/**
 * The mean of other organisations of the same sector, staff band and NUTS2 region, each counted once by its
 * latest assessment (its highest stage, whose Module 1 snapshot places it in a group), shown only from
 * BENCHMARK_MIN_PEERS up and only in whole points, without the group's size, so that no single organisation
 * can be read off — not even from the change of the mean when one more joins.
 */
async function peerBenchmark(
  executor: Executor,
  organisationId: string,
  questionnaire: TQuestionnaireId,
  module1: Record<string, unknown> | null,
): Promise<TBenchmark> {
  const group = { sector: text(module1?.sector), staffBand: text(module1?.staffBand), nuts2: text(module1?.nuts2) };
  const empty: TBenchmark = { minimumPeers: BENCHMARK_MIN_PEERS, available: false, group, mean: null };
  if (!group.sector || !group.staffBand || !group.nuts2) return empty;
  const peers = rowsOf<{ result: unknown }>(
    await executor.execute(sql`
      select result from (
        select distinct on (organisation_id) result, module1
        from assessments
        where status = 'submitted' and questionnaire = ${questionnaire} and organisation_id <> ${organisationId}
        order by organisation_id, stage desc
      ) latest
      where module1->>'sector' = ${group.sector} and module1->>'staffBand' = ${group.staffBand} and module1->>'nuts2' = ${group.nuts2}`),
  ).map((r) => presentScores(typeof r.result === 'string' ? JSON.parse(r.result) : r.result)!);
  const mean = peerMean(peers);
  return mean ? { ...empty, available: true, mean: publishedPeerMean(mean) } : empty;
}
