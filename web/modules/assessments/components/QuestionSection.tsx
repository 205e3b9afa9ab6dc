/** One section (dimension) of the questionnaire: its name and description, then each question as a fieldset. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  CURRENT_QUESTIONNAIRES,
  questionTextKey,
  questionsOf,
  type TDimensionId,
  type TQuestionDef,
  type TQuestionnaireDef,
  type TQuestionnaireId,
} from '../../../../src/domain/dma/questionnaires';
import { knownIssueCode, type TAnswerIssue } from '../../../../src/domain/dma/scoring';
import { missingRows, type TAnswerMap } from '../answers-model';
import { dimensionName, dmaText, questionText } from '../labels';
import { CheckboxList, MatrixInput, ScaleInput, TristateInput, type TQuestionInputProps } from './QuestionInputs';

const INPUTS = { checkbox: CheckboxList, matrix2: MatrixInput, scale: ScaleInput, tristate: TristateInput } as const;

/** A translated sentence for a question's problem (the server's English messages are for API clients); half-filled rows are named. */
export function issueText(t: TFunction, issue: TAnswerIssue, missing: number[]): string {
  if (issue.code === 'not_answered' && missing.length) return t('dma.issues.rowsMissing', { rows: missing.join(', ') });
  return t(`dma.issues.${knownIssueCode(issue.code)}`);
}

/** The DOM id of a question's fieldset, for moving focus to the first problem. */
export const questionDomId = (idPrefix: string, questionId: string) => `${idPrefix}-${questionId}`;

function Question({
  questionnaire,
  definition,
  question,
  answers,
  onChange,
  idPrefix,
  issue,
  disabled,
}: Omit<TQuestionInputProps, 'missing'> & { issue?: TAnswerIssue }) {
  const { t } = useTranslation();
  const id = questionDomId(idPrefix, question.id);
  const hint = t(questionTextKey(definition, question.id, 'hint'), { ns: 'dma', defaultValue: '' });
  const missing = issue ? missingRows(answers, question) : [];
  const Input = INPUTS[question.type];
  const describedBy = [hint ? `${id}-hint` : null, issue ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`dma-question dma-question--${question.type}${issue ? ' dma-question--error' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
    >
      <legend className="dma-question__text">
        <span className="dma-question__number">{question.id.slice(1)}.</span>{' '}
        {questionText(t, definition, question.id, 'text')}
      </legend>
      {hint ? (
        <p className="dma-question__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {issue ? (
        <p className="field__error" id={`${id}-error`}>
          {issueText(t, issue, missing)}
        </p>
      ) : null}
      <Input
        questionnaire={questionnaire}
        definition={definition}
        question={question}
        answers={answers}
        onChange={onChange}
        idPrefix={idPrefix}
        missing={missing}
        disabled={disabled}
      />
    </fieldset>
  );
}

export function QuestionSection({
  questionnaire,
  dimension,
  answers,
  onChange,
  issues = [],
  definition,
  idPrefix = 'dma',
  headingLevel = 2,
  disabled,
}: {
  questionnaire: TQuestionnaireId;
  dimension: TDimensionId;
  answers: TAnswerMap;
  onChange: (answers: TAnswerMap) => void;
  issues?: TAnswerIssue[];
  /** The questionnaire version answered (its structure and wording); the current one by default. */
  definition?: TQuestionnaireDef;
  idPrefix?: string;
  headingLevel?: 2 | 3;
  /** Shows the answers without letting them change (a submitted assessment). */
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const def = definition ?? CURRENT_QUESTIONNAIRES[questionnaire];
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const questions: TQuestionDef[] = questionsOf(def, dimension);
  return (
    <section className="dma-section" aria-labelledby={`${idPrefix}-${dimension}-title`}>
      <p className="dma-section__eyebrow">
        {t('dma.form.sectionNumber', { n: Number(dimension.slice(1)), total: def.dimensions.length })}
      </p>
      <H id={`${idPrefix}-${dimension}-title`} className="dma-section__title" tabIndex={-1}>
        {dimensionName(t, questionnaire, dimension)}
      </H>
      <p className="dma-section__description">{dmaText(t, `${questionnaire}.dimensions.${dimension}.description`)}</p>
      {questions.map((q) => (
        <Question
          key={q.id}
          questionnaire={questionnaire}
          definition={def}
          question={q}
          answers={answers}
          onChange={onChange}
          idPrefix={idPrefix}
          issue={issues.find((i) => i.question === q.id)}
          disabled={disabled}
        />
      ))}
    </section>
  );
}
