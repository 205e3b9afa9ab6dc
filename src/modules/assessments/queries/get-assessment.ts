import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../platform/db/client';
import { assessmentCorrections, assessments, organisations, user } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { notFound } from '../../../platform/errors';
import type { TStage } from '../../../domain/dma/questionnaires';
import { assessmentAbilities } from '../policy';
import { presentScores, type TAssessmentOut, type TAssessmentSummaryOut } from '../assessments.presenter';
import {
  CURRENT_QUESTIONNAIRES,
  findQuestionnaireVersion,
  type TQuestionnaireId,
} from '../../../domain/dma/questionnaires';
import { answeredCount } from '../questionnaire-for';

export type TAssessmentRow = typeof assessments.$inferSelect;

/** Loads the assessment row or throws 404 (routes authorize on its organisation). */
export async function findAssessmentRow(executor: Executor, id: string): Promise<TAssessmentRow> {
  const [row] = await executor.select().from(assessments).where(eq(assessments.id, id));
  if (!row) throw notFound('Assessment');
  return row;
}

/** The list shape of an assessment. */
export function presentSummary(row: TAssessmentRow, organisationName: string): TAssessmentSummaryOut {
  // A list must not fail on one odd row: an unknown version counts against the current questionnaire.
  const def =
    findQuestionnaireVersion(row.questionnaireVersion) ?? CURRENT_QUESTIONNAIRES[row.questionnaire as TQuestionnaireId];
  const scores = presentScores(row.result);
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName,
    questionnaire: row.questionnaire as TAssessmentSummaryOut['questionnaire'],
    status: row.status as TAssessmentSummaryOut['status'],
    stage: (row.stage as TStage | null) ?? null,
    staffAssisted: row.staffAssisted,
    overall: scores?.overall ?? null,
    progress: { answered: answeredCount(def, row.answers as Record<string, unknown>), total: def.questions.length },
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const creator = alias(user, 'creator');
const submitter = alias(user, 'submitter');

/** One assessment with its answers, result, Module 1 snapshot, corrections and the actor's abilities. */
export async function getAssessment(executor: Executor, id: string, actor: TActor | null): Promise<TAssessmentOut> {
  const [found] = await executor
    .select({
      row: assessments,
      organisationName: organisations.legalNameBg,
      createdByName: creator.name,
      submittedByName: submitter.name,
    })
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .leftJoin(creator, eq(creator.id, assessments.createdBy))
    .leftJoin(submitter, eq(submitter.id, assessments.submittedBy))
    .where(eq(assessments.id, id));
  if (!found) throw notFound('Assessment');
  const corrections = await executor
    .select({ c: assessmentCorrections, byName: user.name })
    .from(assessmentCorrections)
    .leftJoin(user, eq(user.id, assessmentCorrections.byUserId))
    .where(eq(assessmentCorrections.assessmentId, id))
    .orderBy(asc(assessmentCorrections.at));
  const { row } = found;
  return {
    ...presentSummary(row, found.organisationName),
    questionnaireVersion: row.questionnaireVersion,
    profile: row.profile,
    answers: row.answers as Record<string, unknown>,
    result: presentScores(row.result),
    module1: (row.module1 as TAssessmentOut['module1']) ?? null,
    createdByName: found.createdByName ?? null,
    submittedByName: found.submittedByName ?? null,
    corrections: corrections.map(({ c, byName }) => ({
      id: c.id,
      at: c.at.toISOString(),
      byName: byName ?? null,
      reason: c.reason,
      previousStage: (c.previousStage as TStage | null) ?? null,
      previousResult: presentScores(c.previousResult)!,
      previousAnswers: (c.previousAnswers as Record<string, unknown> | null) ?? {},
    })),
    abilities: assessmentAbilities(actor, row.organisationId, row.status),
  };
}
