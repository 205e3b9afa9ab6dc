/** The event form's place and seats: venue or online link, capacity, the registration window and its rules. */
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../shared/components/Field';
import type { TDraftSection } from '../hooks/useEventForm';

export function EventPlaceFields({ d, set, err }: TDraftSection) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('events.form.placeAndSeats')}</legend>
      <TextField
        id="venue"
        label={t('events.form.venue')}
        value={d.venue}
        onValue={(v) => set({ venue: v })}
        error={err('venue')}
      />
      <TextField
        id="onlineUrl"
        type="url"
        label={t('events.form.onlineUrl')}
        value={d.onlineUrl}
        onValue={(v) => set({ onlineUrl: v })}
        error={err('onlineUrl')}
      />
      <div className="form-grid">
        <TextField
          id="capacity"
          inputMode="numeric"
          label={t('events.form.capacity')}
          hint={t('events.form.capacityHint')}
          value={d.capacity}
          onValue={(v) => set({ capacity: v })}
          error={err('capacity')}
        />
        <TextField
          id="registrationOpensAt"
          type="datetime-local"
          label={t('events.form.opensAt')}
          value={d.registrationOpensAt}
          onValue={(v) => set({ registrationOpensAt: v })}
          error={err('registrationOpensAt')}
        />
        <TextField
          id="registrationClosesAt"
          type="datetime-local"
          label={t('events.form.closesAt')}
          value={d.registrationClosesAt}
          onValue={(v) => set({ registrationClosesAt: v })}
          error={err('registrationClosesAt')}
        />
        <TextField
          id="cancellationDeadlineHours"
          inputMode="numeric"
          label={t('events.form.cancellationHours')}
          value={d.cancellationDeadlineHours}
          onValue={(v) => set({ cancellationDeadlineHours: v })}
          error={err('cancellationDeadlineHours')}
        />
        <TextField
          id="offerHoldHours"
          inputMode="numeric"
          label={t('events.form.offerHoldHours')}
          value={d.offerHoldHours}
          onValue={(v) => set({ offerHoldHours: v })}
          error={err('offerHoldHours')}
        />
      </div>
      <CheckboxField
        id="approvalRequired"
        label={t('events.form.approvalRequired')}
        checked={d.approvalRequired}
        onChecked={(v) => set({ approvalRequired: v })}
      />
    </fieldset>
  );
}
