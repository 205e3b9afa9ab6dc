/** The booking form: a day, a start and end within that day's opening hours, the organisation, seats and purpose. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../shared/components/Field';
import { FormErrors, Notice } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { useAction } from '../../../shared/hooks/use-action';
import { addDays, sofiaInstant, sofiaToday } from '../../events/calendar-sofia-time';
import { availabilityPath, createBooking } from '../api';
import { checkSlot, openWindowsOn, slotInstants } from '../booking-slots';
import { facilityErrorText } from '../errors';
import type { TAvailability, TBooking, TResourceDetail } from '../../../../src/contract/facilities';

export function BookingForm({
  resource,
  organisations,
  onBooked,
}: {
  resource: TResourceDetail;
  organisations: { organisationId: string; name: string }[];
  onBooked: (booking: TBooking) => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => addDays(sofiaToday(), 1));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.organisationId ?? '');
  const [seats, setSeats] = useState('1');
  const [purpose, setPurpose] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [booked, setBooked] = useState<TBooking | null>(null);
  const action = useAction();
  const validDay = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const day = useApi<TAvailability>(
    validDay
      ? availabilityPath(resource.id, sofiaInstant(date).toISOString(), sofiaInstant(addDays(date, 1)).toISOString())
      : null,
  );
  const windows = day.data && validDay ? openWindowsOn(day.data, date) : [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBooked(null);
    action.clear();
    if (!day.data || !organisationId) {
      setProblem(t('facilities.book.problems.incomplete'));
      return;
    }
    const slotProblem = checkSlot(day.data, date, from, to, Number(seats) || 1, new Date());
    if (slotProblem) {
      setProblem(t(`facilities.book.problems.${slotProblem}`));
      return;
    }
    setProblem(null);
    const slot = slotInstants(date, from, to);
    const result = await action.run(() =>
      createBooking(resource.id, {
        organisationId,
        ...slot,
        seats: Number(seats) || 1,
        purpose: purpose.trim() || undefined,
      }),
    );
    if (result) {
      setBooked(result);
      setFrom('');
      setTo('');
      setPurpose('');
      day.reload();
      onBooked(result);
    } else {
      day.reload();
    }
  };

  const messages = [problem, action.error ? facilityErrorText(t, action.error) : null].filter((m): m is string => !!m);
  return (
    <form className="booking-form" onSubmit={(e) => void submit(e)} noValidate>
      {booked ? (
        <Notice>{t(booked.status === 'pending' ? 'facilities.book.pending' : 'facilities.book.confirmed')}</Notice>
      ) : null}
      <FormErrors messages={messages} />
      <TextField
        id="booking-date"
        type="date"
        label={t('facilities.book.date')}
        value={date}
        onValue={setDate}
        min={sofiaToday()}
        required
      />
      <p className="booking-form__hours" aria-live="polite">
        {!validDay
          ? null
          : day.loading
            ? t('common.loading')
            : windows.length
              ? t('facilities.book.openOnDay', { hours: windows.map((w) => `${w.from}–${w.to}`).join(', ') })
              : t('facilities.book.closedOnDay')}
      </p>
      <div className="booking-form__times">
        <TextField
          id="booking-from"
          type="time"
          step={900}
          label={t('facilities.book.from')}
          value={from}
          onValue={setFrom}
          required
        />
        <TextField
          id="booking-to"
          type="time"
          step={900}
          label={t('facilities.book.to')}
          value={to}
          onValue={setTo}
          required
        />
      </div>
      {organisations.length > 1 ? (
        <SelectField
          id="booking-organisation"
          label={t('facilities.book.organisation')}
          value={organisationId}
          onValue={setOrganisationId}
          options={organisations.map((o) => ({ value: o.organisationId, label: o.name }))}
          required
        />
      ) : organisations.length === 1 ? (
        <p className="booking-form__org">
          {t('facilities.book.organisation')}: <strong>{organisations[0].name}</strong>
        </p>
      ) : null}
      {resource.capacity > 1 ? (
        <TextField
          id="booking-seats"
          type="number"
          min={1}
          max={resource.capacity}
          label={t('facilities.book.seats')}
          value={seats}
          onValue={setSeats}
          required
        />
      ) : null}
      <TextAreaField
        id="booking-purpose"
        label={t('facilities.book.purpose')}
        value={purpose}
        onValue={setPurpose}
        rows={3}
        maxLength={1000}
      />
      <button type="submit" className="button" disabled={action.busy}>
        {action.busy ? t('common.working') : t('facilities.book.submit')}
      </button>
    </form>
  );
}
