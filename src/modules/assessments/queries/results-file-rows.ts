import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { assessments, organisations } from '../../../platform/db/schema';
import type { TQuestionnaireId, TStage } from '../../../domain/dma/questionnaires';
import { presentScores } from '../assessments.presenter';
import type { TScores } from '../../../domain/dma/impact';

export interface TOurResultRow {
  organisationId: string;
  /** The identifier in the Commission's file: EIK/BULSTAT, else the foreign number, else our id. */
  id: string;
  name: string;
  stage: TStage;
  scores: TScores;
}

/** Every submitted assessment of a questionnaire, as rows of the Commission's DMA results file. */
export async function loadResultsFileRows(
  executor: Executor,
  questionnaire: TQuestionnaireId,
): Promise<TOurResultRow[]> {
  const rows = await executor
    .select({
      organisationId: organisations.id,
      eik: organisations.eik,
      foreign: organisations.foreignRegistrationNo,
      name: organisations.legalNameBg,
      stage: assessments.stage,
      result: assessments.result,
    })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .where(and(eq(assessments.questionnaire, questionnaire), eq(assessments.status, 'submitted')))
    .orderBy(asc(organisations.legalNameBg), asc(organisations.id), asc(assessments.stage));
  return rows.map((r) => ({
    organisationId: r.organisationId,
    id: r.eik ?? r.foreign ?? r.organisationId,
    name: r.name,
    stage: r.stage as TStage,
    scores: presentScores(r.result)!,
  }));
}
