import type { Db } from '../client';
import { assessments } from '../schema';
import { buildModule1 } from '../../../domain/dma/module1';
import { CURRENT_QUESTIONNAIRES, type TQuestionnaireId, type TStage } from '../../../domain/dma/questionnaires';
import { randomAnswers } from '../../../domain/dma/samples';
import { DEFAULT_PROFILE, scoreAnswers } from '../../../domain/dma/scoring';
import { loadModule1Source } from '../../../modules/assessments/queries/load-module1-source';

interface TDemoAssessment {
  organisationId: string;
  questionnaire: TQuestionnaireId;
  /** Stage → [seed, maturity level 0..1, days ago]. */
  stages: Partial<Record<TStage, [number, number, number]>>;
  staffId: string;
}

/** Submitted demo assessments, so results, band moves and exports have something to show. */
export async function seedDemoAssessments(db: Db, list: TDemoAssessment[], now: Date): Promise<void> {
  for (const item of list) {
    const def = CURRENT_QUESTIONNAIRES[item.questionnaire];
    const module1 = buildModule1(item.questionnaire, await loadModule1Source(db, item.organisationId));
    for (const [stage, [seed, level, daysAgo]] of Object.entries(item.stages) as [TStage, [number, number, number]][]) {
      const answers = randomAnswers(def, seed, level);
      const at = new Date(now.getTime() - daysAgo * 86_400_000);
      await db.insert(assessments).values({
        organisationId: item.organisationId,
        questionnaire: def.id,
        questionnaireVersion: def.version,
        profile: DEFAULT_PROFILE.id,
        status: 'submitted',
        stage,
        staffAssisted: true,
        answers,
        result: scoreAnswers(def, answers),
        module1,
        createdBy: item.staffId,
        submittedBy: item.staffId,
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
      });
    }
  }
}
