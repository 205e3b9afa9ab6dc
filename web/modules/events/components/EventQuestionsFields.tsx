/** The event form's registration questions: free text or a choice of options, each optional or required. */
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import type { TQuestionDraft } from '../form-model';
import type { TDraftSection } from '../hooks/useEventForm';
import { newQuestion, patchAt, withoutAt } from '../model/draft-lists';

export function EventQuestionsFields({ d, set, err }: TDraftSection) {
  const { t } = useTranslation();
  const setQuestion = (i: number, patch: Partial<TQuestionDraft>) => set({ questions: patchAt(d.questions, i, patch) });
  return (
    <fieldset>
      <legend>{t('events.form.questions')}</legend>
      <p className="field__hint">{t('events.form.questionsHint')}</p>
      <ol className="plain-list event-form__list">
        {d.questions.map((q, i) => (
          <li key={q.id} className="event-form__item">
            <fieldset>
              <legend>{t('events.form.question', { n: i + 1 })}</legend>
              <TextField
                id={`${q.id}-bg`}
                lang="bg"
                label={t('events.form.questionBg')}
                value={q.labelBg}
                onValue={(v) => setQuestion(i, { labelBg: v })}
                error={err(`questions.${i}.labelBg`)}
                required
              />
              <TextField
                id={`${q.id}-en`}
                lang="en"
                label={t('events.form.questionEn')}
                value={q.labelEn}
                onValue={(v) => setQuestion(i, { labelEn: v })}
                error={err(`questions.${i}.labelEn`)}
                required
              />
              <SelectField
                id={`${q.id}-kind`}
                label={t('events.form.questionKind')}
                value={q.kind}
                onValue={(v) => setQuestion(i, { kind: v as 'text' | 'choice' })}
                options={[
                  { value: 'text', label: t('events.form.kindText') },
                  { value: 'choice', label: t('events.form.kindChoice') },
                ]}
              />
              {q.kind === 'choice' ? (
                <TextAreaField
                  id={`${q.id}-options`}
                  label={t('events.form.options')}
                  hint={t('events.form.optionsHint')}
                  value={q.options}
                  onValue={(v) => setQuestion(i, { options: v })}
                  error={err(`questions.${i}.options`)}
                  rows={3}
                />
              ) : null}
              <CheckboxField
                id={`${q.id}-required`}
                label={t('events.form.questionRequired')}
                checked={q.required}
                onChecked={(v) => setQuestion(i, { required: v })}
              />
              <button
                type="button"
                className="button button--small button--danger-ghost"
                onClick={() => set({ questions: withoutAt(d.questions, i) })}
              >
                {t('events.form.removeQuestion', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => set({ questions: [...d.questions, newQuestion(d.questions)] })}
      >
        {t('events.form.addQuestion')}
      </button>
    </fieldset>
  );
}
