/**
 * The public digital maturity self-check: choose the questionnaire, answer six sections, see the
 * result. Answers live in this tab's sessionStorage; the server sees them only to score them, and
 * stores them only when a member saves them to an organisation.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CURRENT_QUESTIONNAIRES,
  DIMENSION_IDS,
  type TDimensionId,
  type TQuestionnaireId,
} from '../../../../src/domain/dma/questionnaires';
import type { TAnswerIssue } from '../../../../src/domain/dma/scoring';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { ErrorMessage, FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useHead } from '../../../shared/lib/head';
import {
  allIssues,
  completedDimensions,
  dimensionOfIssue,
  progressOf,
  sectionIssues,
  sendableAnswers,
  settleSection,
  type TAnswerMap,
} from '../answers-model';
import { EMPTY_CHECK, loadCheckState, saveCheckState, type TCheckState } from '../check-storage';
import { issuesFromError } from '../issues';
import { CheckInvitation } from '../components/CheckInvitation';
import { QuestionnaireChoice } from '../components/QuestionnaireChoice';
import { QuestionSection, questionDomId } from '../components/QuestionSection';
import { ResultView } from '../components/ResultView';
import { SectionStepper } from '../components/SectionStepper';
import { requestScore } from '../score-api';
import { dmaText } from '../labels';

/** Moves focus (and the view) to an element once it is rendered. */
function focusSoon(id: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  });
}

export function DmaCheckPage() {
  const { t } = useTranslation();
  useHead(t('dma.check.title'), t('dma.check.metaDescription'));
  const confirm = useConfirm();
  const [state, setState] = useState<TCheckState>(EMPTY_CHECK);
  const [issues, setIssues] = useState<TAnswerIssue[]>([]);
  const restored = useRef(false);
  const scoring = useAction();

  // Restore after hydration (the server cannot see sessionStorage), then save on every change.
  useEffect(() => {
    const saved = loadCheckState();
    if (saved) setState(saved);
    restored.current = true;
  }, []);
  useEffect(() => {
    if (restored.current) saveCheckState(state);
  }, [state]);

  const { questionnaire, answers, current, result } = state;
  const def = questionnaire ? CURRENT_QUESTIONNAIRES[questionnaire] : null;

  const start = (q: TQuestionnaireId) => {
    setState({ ...EMPTY_CHECK, questionnaire: q });
    setIssues([]);
    focusSoon('dma-D1-title');
  };

  const startAgain = async () => {
    if (!(await confirm(t('dma.check.startAgainConfirm'), { confirmLabel: t('dma.check.startAgain'), danger: true })))
      return;
    setState(EMPTY_CHECK);
    setIssues([]);
    scoring.clear();
    focusSoon('dma-check-title');
  };

  const setAnswers = (next: TAnswerMap) => {
    setState((s) => ({ ...s, answers: next, result: null }));
    // Once a problem is fixed its message goes; new problems appear only when leaving the section.
    if (issues.length && def)
      setIssues((prev) =>
        prev.filter((i) => sectionIssues(def, next, current, true).some((n) => n.question === i.question)),
      );
  };

  const open = (dimension: TDimensionId) => {
    setState((s) => ({ ...s, current: dimension }));
    setIssues([]);
    focusSoon(`dma-${dimension}-title`);
  };

  /** Leaves the section only when it is complete; otherwise shows its problems and focuses the first. */
  const leaveSection = (): TAnswerMap | null => {
    if (!def) return null;
    const settled = settleSection(def, answers, current);
    const found = sectionIssues(def, settled, current, true);
    setState((s) => ({ ...s, answers: settled }));
    setIssues(found);
    if (found.length) {
      focusSoon('dma-section-errors');
      return null;
    }
    return settled;
  };

  const next = () => {
    const index = DIMENSION_IDS.indexOf(current);
    if (leaveSection()) open(DIMENSION_IDS[index + 1]);
  };

  const changeAnswers = () => {
    setState((s) => ({ ...s, result: null, current: 'D1' }));
    focusSoon('dma-D1-title');
  };

  const back = () => open(DIMENSION_IDS[Math.max(0, DIMENSION_IDS.indexOf(current) - 1)]);

  const finish = async () => {
    if (!def || !questionnaire) return;
    const settled = leaveSection();
    if (!settled) return;
    const missing = allIssues(def, settled, true);
    if (missing.length) {
      const dimension = dimensionOfIssue(def, missing) ?? 'D1';
      setState((s) => ({ ...s, current: dimension }));
      setIssues(missing);
      focusSoon('dma-section-errors');
      return;
    }
    const scored = await scoring.run(() => requestScore(questionnaire, sendableAnswers(def, settled)));
    if (scored) {
      setState((s) => ({
        ...s,
        result: {
          overall: scored.overall,
          dimensions: scored.dimensions.map(({ id, score, band }) => ({ id, score, band })),
        },
      }));
      focusSoon('dma-result-title');
    }
  };

  // The server names the questions it refused, with its own code and message; show them like our own checks.
  const serverIssues =
    scoring.error && def
      ? issuesFromError(
          scoring.error,
          def.questions.map((q) => q.id),
        )
      : [];
  useEffect(() => {
    if (!serverIssues.length || !def) return;
    const fromServer = serverIssues;
    const dimension = dimensionOfIssue(def, fromServer);
    if (dimension) setState((s) => ({ ...s, current: dimension }));
    setIssues(fromServer);
  }, [scoring.error]);

  const completed = def ? completedDimensions(def, answers) : new Set<TDimensionId>();
  const progress = def ? progressOf(def, answers) : { answered: 0, total: 0 };
  const sectionErrors = issues.filter((i) =>
    def?.dimensions.find((d) => d.id === current)?.questions.includes(i.question),
  );
  const isLast = current === DIMENSION_IDS[DIMENSION_IDS.length - 1];

  return (
    <div className="container section dma-check">
      <h1 id="dma-check-title" tabIndex={-1}>
        {t('dma.check.title')}
      </h1>

      {!questionnaire || !def ? (
        <>
          <p className="section__lead">{t('dma.check.intro')}</p>
          <p className="form__note">{t('dma.check.privacy')}</p>
          <noscript>
            <p className="status status--info">{t('dma.check.noscript')}</p>
          </noscript>
          <h2>{t('dma.check.chooseTitle')}</h2>
          <QuestionnaireChoice onChoose={start} />
        </>
      ) : result ? (
        <>
          <div className="dma-check__bar">
            <p className="dma-check__which">{dmaText(t, `questionnaires.${questionnaire}.title`)}</p>
            <div className="actions">
              <button type="button" className="button button--secondary button--small" onClick={changeAnswers}>
                {t('dma.check.changeAnswers')}
              </button>
              <button type="button" className="button button--ghost button--small" onClick={() => void startAgain()}>
                {t('dma.check.startAgain')}
              </button>
            </div>
          </div>
          <section className="panel dma-check__result" aria-labelledby="dma-result-title">
            <h2 id="dma-result-title" tabIndex={-1}>
              {t('dma.check.resultTitle')}
            </h2>
            <p className="muted">{t('dma.check.resultNote')}</p>
            <ResultView questionnaire={questionnaire} scores={result} headingLevel={3} />
          </section>
          <CheckInvitation
            questionnaire={questionnaire}
            answers={sendableAnswers(def, answers)}
            onSaved={() => saveCheckState(EMPTY_CHECK)}
          />
        </>
      ) : (
        <>
          <div className="dma-check__bar">
            <p className="dma-check__which">
              {dmaText(t, `questionnaires.${questionnaire}.title`)}
              <span className="muted">
                {' '}
                · {t('dma.check.answered', { answered: progress.answered, total: progress.total })}
              </span>
            </p>
            <div className="actions">
              <button type="button" className="button button--ghost button--small" onClick={() => void startAgain()}>
                {t('dma.check.startAgain')}
              </button>
            </div>
          </div>
          <div className="dma-check__layout">
            <SectionStepper questionnaire={questionnaire} current={current} completed={completed} onSelect={open} />
            <form
              className="dma-check__form"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (isLast) void finish();
                else next();
              }}
            >
              <div id="dma-section-errors" tabIndex={-1}>
                {sectionErrors.length ? (
                  <div className="status status--error" role="alert">
                    <p>{t('dma.check.fixSection', { count: sectionErrors.length })}</p>
                    <ul>
                      {sectionErrors.map((i) => (
                        <li key={i.question}>
                          <a href={`#${questionDomId('dma', i.question)}`}>
                            {t('dma.check.questionNumber', { n: i.question.slice(1) })}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : issues.length ? (
                  <FormErrors messages={[t('dma.check.fixOtherSections')]} />
                ) : null}
              </div>
              <QuestionSection
                questionnaire={questionnaire}
                dimension={current}
                answers={answers}
                onChange={setAnswers}
                issues={sectionErrors}
              />
              {scoring.error && !serverIssues.length ? <ErrorMessage error={scoring.error} /> : null}
              <div className="form__actions dma-check__nav">
                {current !== DIMENSION_IDS[0] ? (
                  <button type="button" className="button button--secondary" onClick={back}>
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
