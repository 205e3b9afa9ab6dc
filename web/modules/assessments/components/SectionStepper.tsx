/** The six sections as steps: which one is open, which are complete; any step can be opened. */
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS, type TDimensionId, type TQuestionnaireId } from '../../../../src/domain/dma/questionnaires';
import { dimensionName } from '../labels';

export function SectionStepper({
  questionnaire,
  current,
  completed,
  onSelect,
}: {
  questionnaire: TQuestionnaireId;
  current: TDimensionId;
  completed: Set<TDimensionId>;
  onSelect: (dimension: TDimensionId) => void;
}) {
  const { t } = useTranslation();
  const done = DIMENSION_IDS.filter((d) => completed.has(d)).length;
  return (
    <nav className="dma-stepper" aria-label={t('dma.stepper.label')}>
      <p className="dma-stepper__progress">
        {t('dma.stepper.progress', { done, total: DIMENSION_IDS.length })}
        <span className="dma-stepper__meter" aria-hidden="true">
          <span style={{ width: `${(done / DIMENSION_IDS.length) * 100}%` }} />
        </span>
      </p>
      <ol className="dma-stepper__list">
        {DIMENSION_IDS.map((d, i) => {
          const isCurrent = d === current;
          const isDone = completed.has(d);
          const state = isDone ? 'done' : isCurrent ? 'current' : 'todo';
          return (
            <li
              key={d}
              className={`dma-stepper__step dma-stepper__step--${state}${isCurrent ? ' dma-stepper__step--open' : ''}`}
            >
              <button
                type="button"
                className="dma-stepper__button"
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onSelect(d)}
              >
                <span className="dma-stepper__number" aria-hidden="true">
                  {isDone ? '✓' : i + 1}
                </span>
                <span className="dma-stepper__name">{dimensionName(t, questionnaire, d)}</span>
                {isDone ? <span className="visually-hidden"> ({t('dma.stepper.complete')})</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
