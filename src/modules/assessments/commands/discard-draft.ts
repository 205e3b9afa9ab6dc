import { eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { assessments } from '../../../platform/db/schema';
import type { TActor } from '../../../platform/http/actor';
import { writeAudit } from '../../../platform/audit/write-audit';
import { lockAssessment } from './assessment-rows';

export interface DiscardDraftOptions {
  db: Db;
  actor: TActor;
  assessmentId: string;
}

/** Deletes a draft; submitted assessments are kept for good (they are the hub's impact record). */
export async function discardDraft(opts: DiscardDraftOptions): Promise<void> {
  await opts.db.transaction(async (tx) => {
    const row = await lockAssessment(tx, opts.assessmentId, 'draft', 'Only a draft can be discarded');
    await tx.delete(assessments).where(eq(assessments.id, row.id));
    await writeAudit(tx, opts.actor, {
      action: 'assessment.discard',
      entityType: 'assessment',
      entityId: row.id,
      before: { organisationId: row.organisationId, answers: row.answers },
    });
  });
}
