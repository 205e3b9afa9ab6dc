import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { assessments } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { isStaff } from '../../../platform/http/authorize';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockAssessment } from './assessment-rows';
import { assertAnswers, definitionOf } from '../questionnaire-for';

export interface SaveDraftOptions {
  db: Db;
  actor: TActor;
  assessmentId: string;
  /** Answers to set; a question given as null loses its answer; questions not named keep theirs. */
  answers: Record<string, unknown>;
  now: Date;
}

/** Saves part of a draft (one section at a time), so it resumes on any device. */
export async function saveDraft(opts: SaveDraftOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const row = await lockAssessment(
      tx,
      opts.assessmentId,
      'draft',
      'A submitted assessment cannot be edited; staff can correct it',
    );
    const def = definitionOf(row.questionnaireVersion);
    const merged: Record<string, unknown> = { ...(row.answers as Record<string, unknown>) };
    for (const [key, value] of Object.entries(opts.answers)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    assertAnswers(def, merged, false);
    await tx
      .update(assessments)
      .set({ answers: merged, updatedAt: opts.now, staffAssisted: row.staffAssisted || isStaff(opts.actor) })
      .where(eq(assessments.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: 'assessment.save',
      entityType: 'assessment',
      entityId: row.id,
      after: { questions: Object.keys(opts.answers) },
    });
  });
}
