import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { assessmentCorrections, assessments } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import type { TStage } from '../../../domain/dma/questionnaires';
import { scoreAnswers, type TDmaResult } from '../../../domain/dma/scoring';
import { writeAudit } from '../../../platform/audit/write-audit';
import { assertAnswers, definitionOf, profileOf } from '../questionnaire-for';
import { lockAssessment, submittedOfSameSeries } from './assessment-rows';
import { stageTaken, stageTakenGuard } from './stage-taken';

export interface CorrectAssessmentOptions {
  db: Db;
  actor: TActor;
  assessmentId: string;
  /** The complete corrected answers. */
  answers: Record<string, unknown>;
  stage?: TStage;
  reason: string;
  now: Date;
}

/** Staff correct a submitted assessment: the old answers and result are kept as a correction, with the reason. */
export async function correctAssessment(opts: CorrectAssessmentOptions): Promise<void> {
  await stageTakenGuard(() =>
    opts.db.transaction(async (tx) => {
      const row = await lockAssessment(tx, opts.assessmentId, 'submitted', 'A draft is edited, not corrected');
      const def = definitionOf(row.questionnaireVersion);
      assertAnswers(def, opts.answers, true);
      const stage = opts.stage ?? (row.stage as TStage);
      if (stage !== row.stage) {
        const [clash] = await tx
          .select({ id: assessments.id })
          .from(assessments)
          .where(and(submittedOfSameSeries(row), eq(assessments.stage, stage), ne(assessments.id, row.id)));
        if (clash) throw stageTaken(stage);
      }
      const result = scoreAnswers(def, opts.answers, profileOf(row.profile));
      await tx.insert(assessmentCorrections).values({
        assessmentId: row.id,
        at: opts.now,
        byUserId: opts.actor.userId,
        reason: opts.reason,
        previousStage: row.stage,
        previousAnswers: row.answers,
        previousResult: row.result,
      });
      await tx
        .update(assessments)
        .set({ answers: opts.answers, result, stage, updatedAt: opts.now })
        .where(eq(assessments.id, row.id));
      const before = row.result as TDmaResult;
      await writeAudit(tx, opts.actor, {
        action: 'assessment.correct',
        entityType: 'assessment',
        entityId: row.id,
        before: { stage: row.stage, overall: before.overall, answers: row.answers },
        after: { stage, overall: result.overall, answers: opts.answers, reason: opts.reason },
      });
    }),
  );
}
