/**
 * The staff form of an event: texts in both languages, type and visibility, place, seats and registration
 * window, the sessions (Sofia time), the registration questions, certificates, value, price and aid basis.
 */
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import type { TEventDraft } from '../form-model';
import { useEventForm } from '../hooks/useEventForm';
import type { TEventInput } from '../../../../src/contract/events';
import { EventAboutFields } from './EventAboutFields';
import { EventAidFields } from './EventAidFields';
import { EventPlaceFields } from './EventPlaceFields';
import { EventQuestionsFields } from './EventQuestionsFields';
import { EventSessionsFields } from './EventSessionsFields';

export function EventForm({
  initial,
  isNew,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: TEventDraft;
  isNew: boolean;
  submitLabel: string;
  onSubmit: (input: TEventInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { d, set, setType, err, submit, summary, busy } = useEventForm(initial, onSubmit);
  const section = { d, set, err };

  return (
    <form className="form event-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors messages={summary} />
      <EventAboutFields {...section} setType={setType} isNew={isNew} />
      <EventPlaceFields {...section} />
      <EventSessionsFields {...section} />
      <EventQuestionsFields {...section} />
      <EventAidFields {...section} />
      <CheckboxField
        id="published"
        label={t('events.form.published')}
        checked={d.published}
        onChecked={(v) => set({ published: v })}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
