import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { assessments, organisations } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { nextStage } from '../../../domain/dma/impact';
import { buildModule1 } from '../../../domain/dma/module1';
import type { TQuestionnaireId, TStage } from '../../../domain/dma/questionnaires';
import { scoreAnswers } from '../../../domain/dma/scoring';
import { writeAudit } from '../../../platform/audit/write-audit';
import { loadModule1Source } from '../queries/load-module1-source';
import { assertAnswers, definitionOf, profileOf } from '../questionnaire-for';
import { lockAssessment, submittedOfSameSeries } from './assessment-rows';
import { allStagesRecorded, stageTaken, stageTakenGuard } from './stage-taken';

export interface SubmitAssessmentOptions {
  db: Db;
  actor: TActor;
  assessmentId: string;
  /** Staff may choose any free stage; otherwise the next one (see nextStage: T0, T1, T2, then any stage left free). */
  stage?: TStage;
  now: Date;
}

/** Records a complete draft: scores it, fixes its stage and snapshots Module 1 from the registry. */
export async function submitAssessment(opts: SubmitAssessmentOptions): Promise<void> {
  await stageTakenGuard(() =>
    opts.db.transaction(async (tx) => {
      const row = await lockAssessment(tx, opts.assessmentId, 'draft', 'This assessment is already submitted');
      // One submission per organisation at a time: the stage it takes depends on the ones already recorded.
      await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, row.organisationId))
        .for('update');
      const def = definitionOf(row.questionnaireVersion);
      const answers = row.answers as Record<string, unknown>;
      assertAnswers(def, answers, true);
      const recorded = await tx
        .select({ stage: assessments.stage })
        .from(assessments)
        .where(submittedOfSameSeries(row));
      const taken = recorded.map((r) => r.stage as TStage);
      const stage = opts.stage ?? nextStage(taken);
      if (!stage) throw allStagesRecorded();
      if (taken.includes(stage)) throw stageTaken(stage);
      const profile = profileOf(row.profile);
      const result = scoreAnswers(def, answers, profile);
      const module1 = buildModule1(
        row.questionnaire as TQuestionnaireId,
        await loadModule1Source(tx, row.organisationId),
      );
      await tx
        .update(assessments)
        .set({
          status: 'submitted',
          stage,
          result,
          module1,
          submittedAt: opts.now,
          submittedBy: opts.actor.userId,
          updatedAt: opts.now,
          staffAssisted: row.staffAssisted || isStaff(opts.actor),
        })
        .where(eq(assessments.id, row.id));
      await writeAudit(tx, opts.actor, {
        action: 'assessment.submit',
        entityType: 'assessment',
        entityId: row.id,
        after: { organisationId: row.organisationId, stage, overall: result.overall },
      });
    }),
  );
}
