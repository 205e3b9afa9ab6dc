/**
 * The public digital maturity self-check: choose the questionnaire, answer six sections, see the
 * result. Answers live in this tab's sessionStorage; the server sees them only to score them, and
 * stores them only when a member saves them to an organisation.
 */
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { sendableAnswers } from '../answers-model';
import { CheckIntro } from '../components/CheckIntro';
import { CheckResult } from '../components/CheckResult';
import { QuestionSection } from '../components/QuestionSection';
import { SectionErrors } from '../components/SectionErrors';
import { SectionStepper } from '../components/SectionStepper';
import { useDmaCheck } from '../hooks/useDmaCheck';
import { dmaText } from '../labels';
import { isFirstSection, isLastSection } from '../model/check-steps';

export function DmaCheckPage() {
  const { t } = useTranslation();
  useHead(t('dma.check.title'), t('dma.check.metaDescription'));
  const check = useDmaCheck();
  const { def, issues, sectionErrors, scoring } = check;
  const { questionnaire, answers, current, result } = check.state;
  const isLast = isLastSection(current);

  return (
    <div className="container section dma-check">
      <h1 id="dma-check-title" tabIndex={-1}>
        {t('dma.check.title')}
      </h1>

      {!questionnaire || !def ? (
        <CheckIntro onChoose={check.start} />
      ) : result ? (
        <CheckResult
          questionnaire={questionnaire}
          result={result}
          answers={sendableAnswers(def, answers)}
          onChangeAnswers={check.changeAnswers}
          onStartAgain={() => void check.startAgain()}
        />
      ) : (
        <>
          <div className="dma-check__bar">
            <p className="dma-check__which">
              {dmaText(t, `questionnaires.${questionnaire}.title`)}
              <span className="muted">
                {' '}
                · {t('dma.check.answered', { answered: check.progress.answered, total: check.progress.total })}
              </span>
            </p>
            <div className="actions">
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => void check.startAgain()}
              >
                {t('dma.check.startAgain')}
              </button>
            </div>
          </div>
          <div className="dma-check__layout">
            <SectionStepper
              questionnaire={questionnaire}
              current={current}
              completed={check.completed}
              onSelect={check.open}
            />
            <form
              className="dma-check__form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (isLast) void check.finish();
                else check.next();
              }}
            >
              <SectionErrors errors={sectionErrors} elsewhere={issues.length > 0} />
              <QuestionSection
                questionnaire={questionnaire}
                dimension={current}
                answers={answers}
                onChange={check.setAnswers}
                issues={sectionErrors}
              />
              {scoring.error && !check.serverIssues.length ? <ErrorMessage error={scoring.error} /> : null}
              <div className="form__actions dma-check__nav">
                {!isFirstSection(current) ? (
                  <button type="button" className="button button--secondary" onClick={check.back}>
                    {t('dma.check.back')}
                  </button>
                ) : null}
                <button type="submit" className="button button--large" disabled={scoring.busy}>
                  {scoring.busy ? t('common.working') : isLast ? t('dma.check.seeResult') : t('dma.check.next')}
                </button>
              </div>
            </form>
          </div>
        </>
      )}
    </div>
  );
}
