import type { Executor } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { STAGES, type TQuestionnaireId, type TStage } from '../../../domain/dma/questionnaires';
import type { TLocale } from '../../../contract/common';
import { findOrganisationRow } from '../../organisations/public';
import { presentScores } from '../assessments.presenter';
import { renderAssessmentReport } from '../files/report-pdf';
import type { TAssessmentRow } from './get-assessment';
import { hubName } from '../../../platform/hub/hub-name';
import { loadSubmittedStages } from './list-organisation-assessments';

/** Gathers what the PDF report shows (the assessment and the earlier stages) and renders it. */
export async function renderAssessmentPdf(
  executor: Executor,
  row: TAssessmentRow,
  locale: TLocale,
  now: Date,
): Promise<{ pdf: Buffer; filename: string }> {
  if (row.status !== 'submitted' || !row.stage)
    throw new AppError('conflict', 'A report is available once the assessment is submitted');
  const org = await findOrganisationRow(executor, row.organisationId);
  const stage = row.stage as TStage;
  const others = await loadSubmittedStages(executor, row.organisationId, row.questionnaire as TQuestionnaireId);
  const earlier = others
    .filter((o) => STAGES.indexOf(o.stage as TStage) < STAGES.indexOf(stage))
    .map((o) => ({ stage: o.stage as TStage, submittedAt: o.submittedAt!, scores: presentScores(o.result)! }));
  const pdf = await renderAssessmentReport({
    locale,
    hubName: await hubName(executor, locale),
    organisation: {
      name: locale === 'en' && org.legalNameEn ? org.legalNameEn : org.legalNameBg,
      eik: org.eik,
      nuts2: org.nuts2,
    },
    assessment: {
      questionnaire: row.questionnaire as TQuestionnaireId,
      stage,
      submittedAt: row.submittedAt!,
      staffAssisted: row.staffAssisted,
      questionnaireVersion: row.questionnaireVersion,
      profile: row.profile,
    },
    scores: presentScores(row.result)!,
    earlier,
    generatedAt: now,
  });
  return { pdf, filename: `dma-${(org.eik ?? org.id).replace(/[^\w-]/g, '')}-${stage}-${locale}.pdf` };
}
