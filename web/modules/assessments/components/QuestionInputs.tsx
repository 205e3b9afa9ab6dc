/**
 * The inputs of one question by answer type: a checkbox list, or a grid of rows × columns (matrix
 * plan/done checkboxes, scale levels 0–5, tristate no/partial/yes). Grid rows are labelled groups
 * with native inputs, so arrow keys move within a row's radios; on narrow screens each row stacks
 * and its choices show their own labels (the column header is only a visual aid on wide screens).
 */
import { useTranslation } from 'react-i18next';
import {
  SCALE_MAX,
  TRISTATE_VALUES,
  type TQuestionDef,
  type TQuestionnaireDef,
  type TQuestionnaireId,
} from '../../../../src/domain/dma/questionnaires';
import {
  matrixOf,
  rowsOf,
  selectedOptions,
  setScaleLevel,
  setTristate,
  toggleMatrix,
  toggleOption,
  type TAnswerMap,
} from '../answers-model';
import { dmaText, questionText } from '../labels';

export interface TQuestionInputProps {
  questionnaire: TQuestionnaireId;
  /** The version answered: its textKey names the wording of the options and rows. */
  definition: Pick<TQuestionnaireDef, 'textKey'>;
  question: TQuestionDef;
  answers: TAnswerMap;
  onChange: (answers: TAnswerMap) => void;
  idPrefix: string;
  /** Rows (1-based) to mark as still needing a choice. */
  missing?: number[];
  disabled?: boolean;
}

const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);

export function CheckboxList({ definition, question, answers, onChange, idPrefix, disabled }: TQuestionInputProps) {
  const { t } = useTranslation();
  const selected = selectedOptions(answers, question.id);
  return (
    <ul className="dma-options">
      {range(question.count).map((option) => {
        const id = `${idPrefix}-${question.id}-o${option}`;
        const exclusive = question.exclusive?.includes(option);
        return (
          <li key={option} className="dma-options__item">
            <input
              type="checkbox"
              id={id}
              checked={selected.includes(option)}
              disabled={disabled}
              onChange={(e) => onChange(toggleOption(answers, question, option, e.target.checked))}
            />
            <label htmlFor={id}>
              {questionText(t, definition, question.id, `items.${option}`)}
              {exclusive ? <span className="dma-options__note"> ({t('dma.form.exclusiveNote')})</span> : null}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

interface TColumn {
  key: string;
  label: string;
}

/** Rows × columns of native inputs; `isChecked`/`onPick` say what a cell means for the answer. */
function ChoiceGrid({
  question,
  definition,
  idPrefix,
  columns,
  multiple,
  isChecked,
  onPick,
  missing = [],
  disabled,
  variant,
}: {
  question: TQuestionDef;
  definition: Pick<TQuestionnaireDef, 'textKey'>;
  idPrefix: string;
  columns: TColumn[];
  multiple: boolean;
  isChecked: (row: number, column: string) => boolean;
  onPick: (row: number, column: string, checked: boolean) => void;
  missing?: number[];
  disabled?: boolean;
  variant: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`dma-grid dma-grid--${variant}`} style={{ ['--dma-cols' as string]: columns.length }}>
      <div className="dma-grid__head" aria-hidden="true">
        <span />
        {columns.map((c) => (
          <span key={c.key}>{c.label}</span>
        ))}
      </div>
      {range(question.count).map((row) => {
        const labelId = `${idPrefix}-${question.id}-r${row}-label`;
        const isMissing = missing.includes(row);
        return (
          <div
            key={row}
            className={`dma-grid__row${isMissing ? ' dma-grid__row--missing' : ''}`}
            role={multiple ? 'group' : 'radiogroup'}
            aria-labelledby={labelId}
            aria-invalid={!multiple && isMissing ? true : undefined}
          >
            <div className="dma-grid__label" id={labelId}>
              {questionText(t, definition, question.id, `items.${row}`)}
            </div>
            {columns.map((c) => {
              const id = `${idPrefix}-${question.id}-r${row}-${c.key}`;
              return (
                <label key={c.key} className="dma-grid__cell" htmlFor={id}>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    id={id}
                    name={multiple ? id : `${idPrefix}-${question.id}-r${row}`}
                    value={c.key}
                    checked={isChecked(row, c.key)}
                    disabled={disabled}
                    onChange={(e) => onPick(row, c.key, e.target.checked)}
                  />
                  <span className="dma-grid__cell-text">{c.label}</span>
                </label>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

export function MatrixInput(props: TQuestionInputProps) {
  const { t } = useTranslation();
  const { definition, question, answers, onChange } = props;
  const m = matrixOf(answers, question.id);
  const columns = (['plan', 'done'] as const).map((key) => ({
    key,
    label: questionText(t, definition, question.id, `columns.${key}`),
  }));
  return (
    <ChoiceGrid
      {...props}
      variant="matrix"
      columns={columns}
      multiple
      isChecked={(row, col) => m[col as 'plan' | 'done'].includes(row)}
      onPick={(row, col, checked) => onChange(toggleMatrix(answers, question, col as 'plan' | 'done', row, checked))}
    />
  );
}

export function ScaleInput(props: TQuestionInputProps) {
  const { t } = useTranslation();
  const { question, answers, onChange } = props;
  const rows = rowsOf<number>(answers, question);
  const columns = range(SCALE_MAX + 1, 0).map((level) => ({
    key: String(level),
    label: dmaText(t, `levels.${level}`),
  }));
  return (
    <ChoiceGrid
      {...props}
      variant="scale"
      columns={columns}
      multiple={false}
      isChecked={(row, col) => rows[row - 1] === Number(col)}
      onPick={(row, col) => onChange(setScaleLevel(answers, question, row, Number(col)))}
    />
  );
}

export function TristateInput(props: TQuestionInputProps) {
  const { t } = useTranslation();
  const { question, answers, onChange } = props;
  const rows = rowsOf<string>(answers, question);
  const columns = TRISTATE_VALUES.map((v) => ({ key: v, label: dmaText(t, `tristate.${v}`) }));
  return (
    <ChoiceGrid
      {...props}
      variant="tristate"
      columns={columns}
      multiple={false}
      isChecked={(row, col) => rows[row - 1] === col}
      onPick={(row, col) => onChange(setTristate(answers, question, row, col as (typeof TRISTATE_VALUES)[number]))}
    />
  );
}
