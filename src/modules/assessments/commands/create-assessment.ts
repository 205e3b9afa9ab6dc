import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { assessments } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { AppError } from '../../../platform/errors';
import { nextStage } from '../../../domain/dma/impact';
import type { TStage } from '../../../domain/dma/questionnaires';
import { DEFAULT_PROFILE } from '../../../domain/dma/scoring';
import { writeAudit } from '../../../platform/audit/write-audit';
import { findOrganisationRow } from '../../organisations/public';
import { assertAnswers, currentDefinition, questionnaireForType } from '../questionnaire-for';
import { submittedOfSameSeries } from './assessment-rows';
import { allStagesRecorded } from './stage-taken';
import { pgErrorOf } from '../../../platform/db/pg-error';

export interface CreateAssessmentOptions {
  db: Db;
  actor: TActor;
  organisationId: string;
  /** Answers to start from (e.g. the public self-check); may be partial. */
  answers?: Record<string, unknown>;
  now: Date;
}

/**
 * Opens the organisation's draft assessment; an organisation has at most one draft at a time, and none once
 * T0, T1 and T2 are all recorded (it could never be submitted).
 */
export async function createAssessment(opts: CreateAssessmentOptions): Promise<string> {
  const org = await findOrganisationRow(opts.db, opts.organisationId);
  const def = currentDefinition(questionnaireForType(org.type));
  const answers = opts.answers ?? {};
  assertAnswers(def, answers, false);
  const recorded = await opts.db
    .select({ stage: assessments.stage })
    .from(assessments)
    .where(submittedOfSameSeries({ organisationId: org.id, questionnaire: def.id }));
  if (!nextStage(recorded.map((r) => r.stage as TStage))) throw allStagesRecorded();
  try {
    return await opts.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(assessments)
        .values({
          organisationId: org.id,
          questionnaire: def.id,
          questionnaireVersion: def.version,
          profile: DEFAULT_PROFILE.id,
          status: 'draft',
          staffAssisted: isStaff(opts.actor),
          answers,
          createdBy: opts.actor.userId,
          createdAt: opts.now,
          updatedAt: opts.now,
        })
        .returning({ id: assessments.id });
      await writeAudit(tx, opts.actor, {
        action: 'assessment.create',
        entityType: 'assessment',
        entityId: row!.id,
        after: { organisationId: org.id, questionnaire: def.id, answered: Object.keys(answers) },
      });
      return row!.id;
    });
  } catch (err) {
    if (pgErrorOf(err).code !== '23505') throw err;
    // The partial unique index is the last word when two people start at the same moment.
    const [draft] = await opts.db
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.organisationId, org.id), eq(assessments.status, 'draft')));
    throw new AppError(
      'conflict',
      'This organisation already has a draft assessment: continue it or discard it first',
      {
        draftId: draft?.id ?? null,
      },
    );
  }
}
