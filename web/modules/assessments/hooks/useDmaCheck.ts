/**
 * The self-check's state and its moves: the questionnaire chosen, the answers, the open section, the
 * problems shown and the score. Kept in this tab's sessionStorage, restored after hydration.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CURRENT_QUESTIONNAIRES,
  type TDimensionId,
  type TQuestionnaireId,
} from '../../../../src/domain/dma/questionnaires';
import type { TAnswerIssue } from '../../../../src/domain/dma/scoring';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
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
import { requestScore } from '../score-api';
import { checkScores, issuesInSection, nextSection, previousSection } from '../model/check-steps';

/** Moves focus (and the view) to an element once it is rendered. */
function focusSoon(id: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  });
}

export function useDmaCheck() {
  const { t } = useTranslation();
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

  const { questionnaire, answers, current } = state;
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
    if (leaveSection()) open(nextSection(current));
  };

  const changeAnswers = () => {
    setState((s) => ({ ...s, result: null, current: 'D1' }));
    focusSoon('dma-D1-title');
  };

  const back = () => open(previousSection(current));

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
      setState((s) => ({ ...s, result: checkScores(scored) }));
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
    // Only a new refusal moves the view; later renders recompute the same issues.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scoring.error]);

  return {
    state,
    def,
    issues,
    sectionErrors: issuesInSection(def, current, issues),
    completed: def ? completedDimensions(def, answers) : new Set<TDimensionId>(),
    progress: def ? progressOf(def, answers) : { answered: 0, total: 0 },
    scoring,
    serverIssues,
    start,
    startAgain,
    setAnswers,
    open,
    next,
    back,
    finish,
    changeAnswers,
  };
}
