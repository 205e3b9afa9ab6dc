/**
 * Every correction of a submitted assessment: when, by whom, why, the result it replaced and — folded
 * away — the answers it replaced, each question in the wording of the version answered, with the
 * questions the correction changed marked.
 */
import { useTranslation } from 'react-i18next';
import type { TQuestionnaireDef } from '../../../../src/domain/dma/questionnaires';
import { formatDateTime } from '../../../shared/lib/format';
import { answersDiffer, describeAnswer } from '../answer-text';
import { formatScore } from '../scores';
import { questionText, useDmaLabels } from '../labels';
import type { TAssessmentCorrection, TQuestionnaireId } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';

export function CorrectionsHistory({
  questionnaire,
  definition,
  corrections,
  currentAnswers,
}: {
  questionnaire: TQuestionnaireId;
  /** The questionnaire version the assessment was answered in. */
  definition: TQuestionnaireDef;
  /** Oldest first, as the API sends them. */
  corrections: TAssessmentCorrection[];
  /** The answers now in force: what the latest correction changed its previous answers into. */
  currentAnswers: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const labels = useDmaLabels(questionnaire);
  if (corrections.length === 0) return <p className="muted">{t('assessments.corrections.none')}</p>;
  return (
    <ol className="item-list corrections">
      {corrections.map((c, i) => {
        // What this correction turned the answers into: the next correction's "before", or today's answers.
        const after = corrections[i + 1]?.previousAnswers ?? currentAnswers;
        const changed = definition.questions.filter((q) =>
          answersDiffer(q, c.previousAnswers[q.id], after[q.id]),
        ).length;
        return (
          <li key={c.id} className="item item--stack">
            <p className="item__title">
              {t('assessments.corrections.entry', {
                date: formatDateTime(c.at, locale),
                name: c.byName ?? t('assessments.corrections.unknownUser'),
              })}
            </p>
            <p>
              <span className="muted">{t('assessments.corrections.reason')}:</span> {c.reason}
            </p>
            <p className="item__meta">
              {t('assessments.corrections.previous', {
                stage: c.previousStage ?? '—',
                score: formatScore(c.previousResult.overall.score, locale),
                band: labels.band(c.previousResult.overall.band),
              })}
            </p>
            <details className="disclosure corrections__answers">
              <summary>
                {t('assessments.corrections.previousAnswers')}{' '}
                <span className="muted">{t('assessments.corrections.changedCount', { count: changed })}</span>
              </summary>
              <dl className="details">
                {definition.questions.map((q) => {
                  const differs = answersDiffer(q, c.previousAnswers[q.id], after[q.id]);
                  return (
                    <div key={q.id} className="details__item">
                      <dt>
                        {t('assessments.fill.questionNumber', { n: q.id.slice(1) })}:{' '}
                        {questionText(t, definition, q.id, 'text')}
                        {differs ? (
                          <span className="badge badge--warn badge--inline">
                            {t('assessments.corrections.changed')}
                          </span>
                        ) : null}
                      </dt>
                      <dd>
                        <ul className="plain-list">
                          {describeAnswer(t, definition, q, c.previousAnswers[q.id]).map((line, k) => (
                            <li key={k}>{line}</li>
                          ))}
                        </ul>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
