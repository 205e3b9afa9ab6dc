import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { assessments } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { freeStages, nextStage } from '../../../domain/dma/impact';
import type { TQuestionnaireId, TStage } from '../../../domain/dma/questionnaires';
import { findOrganisationRow } from '../../organisations/public';
import { assessmentPolicy } from '../policy';
import type { TAssessmentSummaryOut } from '../assessments.presenter';
import { questionnaireForType } from '../questionnaire-for';
import { presentSummary } from './get-assessment';

export interface TOrganisationAssessments {
  questionnaire: TQuestionnaireId;
  items: TAssessmentSummaryOut[];
  draftId: string | null;
  nextStage: TStage | null;
  /** Every stage not yet recorded (staff may submit as any of them). */
  freeStages: TStage[];
  abilities: { start: boolean; setStage: boolean };
}

/**
 * An organisation's assessments, newest first, with its open draft, the stage the next submission takes and
 * the free stages; a new draft may be started while any stage is free.
 */
export async function listOrganisationAssessments(
  executor: Executor,
  organisationId: string,
  actor: TActor | null,
): Promise<TOrganisationAssessments> {
  const org = await findOrganisationRow(executor, organisationId);
  const questionnaire = questionnaireForType(org.type);
  const rows = await executor
    .select()
    .from(assessments)
    .where(eq(assessments.organisationId, organisationId))
    .orderBy(desc(sql`coalesce(${assessments.submittedAt}, ${assessments.updatedAt})`));
  const draft = rows.find((r) => r.status === 'draft');
  const recorded = rows
    .filter((r) => r.status === 'submitted' && r.questionnaire === questionnaire)
    .map((r) => r.stage as TStage);
  const next = nextStage(recorded);
  return {
    questionnaire,
    items: rows.map((r) => presentSummary(r, org.legalNameBg)),
    draftId: draft?.id ?? null,
    nextStage: next,
    freeStages: freeStages(recorded),
    abilities: {
      start: !draft && next !== null && assessmentPolicy.fill(actor, { organisationId }),
      setStage: assessmentPolicy.setStage(actor),
    },
  };
}

/** The submitted assessments of one organisation and questionnaire, in stage order. */
export async function loadSubmittedStages(executor: Executor, organisationId: string, questionnaire: TQuestionnaireId) {
  return executor
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.questionnaire, questionnaire),
        eq(assessments.status, 'submitted'),
      ),
    )
    .orderBy(assessments.stage);
}
