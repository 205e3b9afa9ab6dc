/** A submitted assessment: its result, the record (who, when, which version), reports, corrections and Module 1. */
import { useTranslation } from 'react-i18next';
import type { TAssessment } from '../../../../src/contract/assessments';
import { CURRENT_QUESTIONNAIRES, findQuestionnaireVersion } from '../../../../src/domain/dma/questionnaires';
import { Detail } from '../../../shared/components/Detail';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { CorrectionsHistory } from './CorrectionsHistory';
import { Module1Snapshot } from './Module1Snapshot';
import { ReportLinks } from './ReportLinks';
import { ResultView } from './ResultView';

export function SubmittedAssessment({ assessment: a }: { assessment: TAssessment }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  // The version answered: its structure and wording (a stored assessment keeps showing its own).
  const definition = findQuestionnaireVersion(a.questionnaireVersion) ?? CURRENT_QUESTIONNAIRES[a.questionnaire];
  return (
    <>
      {a.result ? (
        <section className="panel" aria-labelledby="result-title">
          <h2 id="result-title">{t('assessments.fill.resultTitle')}</h2>
          <ResultView questionnaire={a.questionnaire} scores={a.result} label={a.stage ?? undefined} headingLevel={3} />
        </section>
      ) : null}
      <section className="panel" aria-labelledby="record-title">
        <h2 id="record-title">{t('assessments.fill.recordTitle')}</h2>
        <dl className="details">
          <Detail label={t('assessments.fields.stage')}>{a.stage}</Detail>
          <Detail label={t('assessments.fields.submittedAt')}>{formatDateTime(a.submittedAt, locale)}</Detail>
          <Detail label={t('assessments.fields.submittedBy')}>{a.submittedByName}</Detail>
          <Detail label={t('assessments.fields.createdBy')}>{a.createdByName}</Detail>
          <Detail label={t('assessments.fields.questionnaireVersion')}>{a.questionnaireVersion}</Detail>
          <Detail label={t('assessments.fields.profile')}>{a.profile}</Detail>
        </dl>
        {a.abilities.report ? (
          <p>
            <ReportLinks assessmentId={a.id} stage={a.stage} />
          </p>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="corrections-title">
        <h2 id="corrections-title">{t('assessments.corrections.title')}</h2>
        <CorrectionsHistory
          questionnaire={a.questionnaire}
          definition={definition}
          corrections={a.corrections}
          currentAnswers={a.answers}
        />
      </section>
      {a.module1 ? (
        <section className="panel" aria-labelledby="module1-title">
          <h2 id="module1-title">{t('assessments.module1.title')}</h2>
          <p className="muted">{t('assessments.module1.help')}</p>
          <Module1Snapshot data={a.module1} />
        </section>
      ) : null}
    </>
  );
}
