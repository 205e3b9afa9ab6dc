/**
 * Filling an assessment section by section. A draft is saved to the server after each section, so it
 * resumes on any device at its first incomplete section; the last section submits. In correction
 * mode (staff, a submitted assessment) nothing is saved until the correction with its reason is sent.
 */
import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CURRENT_QUESTIONNAIRES,
  DIMENSION_IDS,
  STAGES,
  findQuestionnaireVersion,
  questionsOf,
  type TDimensionId,
  type TStage,
} from '../../../../src/domain/dma/questionnaires';
import type { TAnswerIssue } from '../../../../src/domain/dma/scoring';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { SelectField, TextAreaField } from '../../../shared/components/Field';
import { ErrorMessage } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { formatDateTime } from '../../../shared/lib/format';
import {
  allIssues,
  completedDimensions,
  dimensionOfIssue,
  isAnswered,
  restoreAnswers,
  sectionIssues,
  sendableAnswers,
  settleSection,
  type TAnswerMap,
} from '../answers-model';
import { correctAssessment, saveAnswers, submitAssessment } from '../assessments-api';
import { QuestionSection, questionDomId } from './QuestionSection';
import { SectionStepper } from './SectionStepper';
import type { TAssessment } from '../../../../src/contract/assessments';
import { useSession } from '../../../shared/session/session';
import { issuesFromError } from '../issues';

export const REASON_MIN = 5;
export const REASON_MAX = 2000;
const ID_PREFIX = 'assessment';

export function AssessmentForm({
  assessment,
  mode,
  nextStage,
  freeStages,
  onSaved,
  onDone,
  onCancel,
}: {
  assessment: TAssessment;
  mode: 'draft' | 'correct';
  /** The stage a submission records by default (draft mode). */
  nextStage: TStage | null;
  /** The stages not yet recorded: staff choose among them (a correction may also keep its own). */
  freeStages: readonly TStage[];
  /** A draft section was saved; the page keeps the server's copy. */
  onSaved: (a: TAssessment) => void;
  /** Submitted or corrected. */
  onDone: (a: TAssessment) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  // The version answered, so a stored assessment keeps its structure and wording.
  const def =
    findQuestionnaireVersion(assessment.questionnaireVersion) ?? CURRENT_QUESTIONNAIRES[assessment.questionnaire];
  const questionIds = def.questions.map((q) => q.id);
  const [answers, setAnswers] = useState<TAnswerMap>(() => restoreAnswers(def, assessment.answers));
  const [current, setCurrent] = useState<TDimensionId>(() => {
    // Resume where the work stopped: the first section not yet complete.
    const done = completedDimensions(def, restoreAnswers(def, assessment.answers));
    return DIMENSION_IDS.find((d) => !done.has(d)) ?? DIMENSION_IDS[0];
  });
  const [issues, setIssues] = useState<TAnswerIssue[]>([]);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [stage, setStage] = useState<string>(mode === 'correct' ? (assessment.stage ?? '') : (nextStage ?? ''));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const action = useAction();
  const confirm = useConfirm();
  const focusTarget = useRef<string | null>(null);

  const index = DIMENSION_IDS.indexOf(current);
  const isLast = index === DIMENSION_IDS.length - 1;
  const completed = completedDimensions(def, answers);
  const staffStage = mode === 'correct' || assessment.abilities.setStage;
  // Only a free stage can be chosen; a correction may also stay where it is.
  const stageOptions = STAGES.filter(
    (s) => freeStages.includes(s) || (mode === 'correct' && s === assessment.stage),
  ).map((s) => ({
    value: s,
    label: s,
  }));

  // Focus moves after the render that shows the new section or the problems.
  useEffect(() => {
    const id = focusTarget.current;
    focusTarget.current = null;
    if (id) document.getElementById(id)?.focus();
  });

  const change = (next: TAnswerMap) => {
    setAnswers(next);
    setDirty(true);
    setSavedAt(null);
    // A fixed question's problem goes away as soon as it is answered properly.
    if (issues.length) setIssues((prev) => prev.filter((i) => !isAnswered(def, next, i.question)));
  };

  const goTo = (d: TDimensionId) => {
    setCurrent(d);
    focusTarget.current = `${ID_PREFIX}-${d}-title`;
  };

  const showIssues = (found: TAnswerIssue[]) => {
    setIssues(found);
    const d = dimensionOfIssue(def, found);
    if (d) {
      setCurrent(d);
      focusTarget.current = questionDomId(
        ID_PREFIX,
        found.find((i) => questionsOf(def, d).some((q) => q.id === i.question))!.question,
      );
    }
  };

  /** A problem in another section opens that section first, then focuses the question. */
  const jumpTo = (e: MouseEvent, question: string) => {
    e.preventDefault();
    const d = def.dimensions.find((x) => x.questions.includes(question));
    if (d && d.id !== current) setCurrent(d.id);
    focusTarget.current = questionDomId(ID_PREFIX, question);
    if (d && d.id === current) document.getElementById(focusTarget.current)?.focus();
  };

  /** Saves this section's complete answers (half-filled rows stay on screen only). */
  const saveSection = async (settled: TAnswerMap, dimension: TDimensionId): Promise<boolean> => {
    const sendable = sendableAnswers(def, settled);
    const patch: TAnswerMap = {};
    for (const q of questionsOf(def, dimension)) if (sendable[q.id] !== undefined) patch[q.id] = sendable[q.id];
    if (Object.keys(patch).length === 0) return true;
    const saved = await action.run(() => saveAnswers(assessment.id, patch));
    if (!saved) return false;
    onSaved(saved);
    setSavedAt(saved.updatedAt);
    return true;
  };

  /**
   * Leaving a section. Finishing it ("Save and continue", submit) turns unticked lists into "none
   * ticked"; merely browsing to another section keeps them unanswered. A draft saves its changes first.
   */
  const leave = async (to: TDimensionId | null, finish: boolean): Promise<TAnswerMap | null> => {
    const next = finish ? settleSection(def, answers, current) : answers;
    const changed = dirty || JSON.stringify(next) !== JSON.stringify(answers);
    setAnswers(next);
    if (mode === 'draft' && changed) {
      if (!(await saveSection(next, current))) return null;
      setDirty(false);
    }
    if (to) goTo(to);
    return next;
  };

  const saveAndContinue = async () => {
    const settled = await leave(null, true);
    if (!settled) return;
    const found = sectionIssues(def, settled, current, true);
    if (found.length) return showIssues(found);
    setIssues([]);
    if (!isLast) goTo(DIMENSION_IDS[index + 1]);
  };

  const submit = async () => {
    const settled = await leave(null, true);
    if (!settled) return;
    const found = allIssues(def, settled, true);
    if (found.length) return showIssues(found);
    // Submitting cannot be undone by the organisation (only staff correct, with a reason): ask first.
    const sure = await confirm(t('assessments.fill.confirmSubmit'), {
      confirmLabel: t('assessments.fill.submit'),
      danger: false,
    });
    if (!sure) return;
    const done = await action.run(() =>
      submitAssessment(assessment.id, assessment.abilities.setStage && stage ? (stage as TStage) : undefined),
    );
    if (done) onDone(done);
  };

  const correct = async (e: FormEvent) => {
    e.preventDefault();
    const settled = settleSection(def, answers, current);
    setAnswers(settled);
    const found = allIssues(def, settled, true);
    if (found.length) return showIssues(found);
    const trimmed = reason.trim();
    if (trimmed.length < REASON_MIN) {
      setReasonError(t('assessments.correct.reasonShort', { min: REASON_MIN }));
      focusTarget.current = 'correct-reason';
      return;
    }
    setReasonError(null);
    const done = await action.run(() =>
      correctAssessment(assessment.id, {
        answers: sendableAnswers(def, settled),
        reason: trimmed,
        stage: stage && stage !== assessment.stage ? (stage as TStage) : undefined,
      }),
    );
    if (done) onDone(done);
  };

  // Problems the server found in the answers are shown on the questions; anything else above the form.
  const serverIssues = action.error ? issuesFromError(action.error, questionIds) : [];
  useEffect(() => {
    if (serverIssues.length) showIssues(serverIssues);
    // Only when a new error arrives.
  }, [action.error]);
  const otherError = action.error && serverIssues.length === 0 ? action.error : null;

  return (
    <div className="assessment-form">
      <SectionStepper
        questionnaire={assessment.questionnaire}
        current={current}
        completed={completed}
        onSelect={(d) => {
          if (d !== current) void leave(d, false);
        }}
      />
      <div className="assessment-form__body">
        <p
          className={`assessment-form__status${savedAt && !action.busy ? ' assessment-form__status--saved' : ''}`}
          role="status"
        >
          {action.busy
            ? t('common.saving')
            : savedAt
              ? t('assessments.fill.savedAt', { time: formatDateTime(savedAt, locale) })
              : mode === 'draft' && dirty
                ? t('assessments.fill.unsaved')
                : ''}
        </p>
        {issues.length ? (
          <div className="status status--error" role="alert">
            <p>{t('assessments.fill.issues', { count: issues.length })}</p>
            <ul>
              {issues.map((i) => (
                <li key={i.question}>
                  <a href={`#${questionDomId(ID_PREFIX, i.question)}`} onClick={(e) => jumpTo(e, i.question)}>
                    {t('assessments.fill.questionNumber', { n: i.question.slice(1) })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {otherError ? <ErrorMessage error={otherError} /> : null}

        <QuestionSection
          questionnaire={assessment.questionnaire}
          dimension={current}
          answers={answers}
          onChange={change}
          issues={issues}
          definition={def}
          idPrefix={ID_PREFIX}
        />

        <div className="assessment-form__nav">
          {index > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void leave(DIMENSION_IDS[index - 1], false)}
              disabled={action.busy}
            >
              {t('assessments.fill.previous')}
            </button>
          ) : (
            <span />
          )}
          {mode === 'draft' ? (
            isLast ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void saveAndContinue()}
                disabled={action.busy}
              >
                {t('assessments.fill.save')}
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void saveAndContinue()} disabled={action.busy}>
                {t('assessments.fill.saveAndContinue')}
              </button>
            )
          ) : !isLast ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void leave(DIMENSION_IDS[index + 1], true)}
            >
              {t('assessments.fill.next')}
            </button>
          ) : null}
        </div>

        {mode === 'draft' && isLast && assessment.abilities.submit ? (
          <section className="panel panel--accent assessment-form__submit" aria-labelledby="submit-title">
            <h2 id="submit-title">{t('assessments.fill.submitTitle')}</h2>
            <p>{t('assessments.fill.submitHelp')}</p>
            {staffStage ? (
              <SelectField
                id="submit-stage"
                label={t('assessments.fields.stage')}
                hint={t('assessments.fill.stageHint')}
                value={stage}
                onValue={setStage}
                options={stageOptions}
              />
            ) : nextStage ? (
              <p>{t('assessments.fill.stageReadOnly', { stage: nextStage })}</p>
            ) : null}
            <button type="button" className="button" onClick={() => void submit()} disabled={action.busy}>
              {t('assessments.fill.submit')}
            </button>
          </section>
        ) : null}

        {mode === 'correct' ? (
          <form
            className="panel panel--accent form assessment-form__submit"
            aria-labelledby="correct-title"
            onSubmit={(e) => void correct(e)}
            noValidate
          >
            <h2 id="correct-title">{t('assessments.correct.title')}</h2>
            <p>{t('assessments.correct.help')}</p>
            <TextAreaField
              id="correct-reason"
              label={t('assessments.correct.reason')}
              hint={t('assessments.correct.reasonHint', { min: REASON_MIN })}
              value={reason}
              onValue={(v) => {
                setReason(v);
                if (reasonError && v.trim().length >= REASON_MIN) setReasonError(null);
              }}
              error={reasonError}
              required
              maxLength={REASON_MAX}
              rows={3}
            />
            <SelectField
              id="correct-stage"
              label={t('assessments.fields.stage')}
              hint={t('assessments.correct.stageHint')}
              value={stage}
              onValue={setStage}
              options={stageOptions}
            />
            <div className="form__actions">
              <button type="submit" className="button" disabled={action.busy}>
                {t('assessments.correct.save')}
              </button>
              {onCancel ? (
                <button type="button" className="button button--secondary" onClick={onCancel} disabled={action.busy}>
                  {t('common.cancel')}
                </button>
              ) : null}
            </div>
          </form>
        ) : null}
      </div>
    </div>
  );
}
