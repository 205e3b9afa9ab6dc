/**
 * Registering for an event: the organisation (from the user's memberships), seats, the names of the people
 * and the organiser's questions. Staff may register someone else by name and e-mail. The server decides
 * whether the seats are confirmed, pending approval or on the waiting list.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { fieldErrorsOf } from '../../../shared/lib/errors';
import { mayManageEvents } from '../access';
import { useSession } from '../../../shared/session/session';
import { register, type TRegisterBody } from '../api';
import { eventErrorText } from '../errors';
import { questionLabel, seatsState } from '../texts';
import type { TEvent, TRegistration } from '../../../../src/contract/events';

const MAX_SEATS = 20;

export function RegistrationForm({ event, onRegistered }: { event: TEvent; onRegistered: (r: TRegistration) => void }) {
  const { t } = useTranslation();
  const { me, locale } = useSession();
  const staff = mayManageEvents(me);
  const [organisationId, setOrganisationId] = useState(me.memberships[0]?.organisationId ?? '');
  const [seats, setSeats] = useState('1');
  const [names, setNames] = useState<string[]>(['']);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [onBehalf, setOnBehalf] = useState(false);
  const [contactName, setContactName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  // The e-mails go to the person registered, in their language (Bulgarian unless staff say otherwise).
  const [contactLocale, setContactLocale] = useState<'bg' | 'en'>('bg');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { busy, error, run } = useAction();

  const seatCount = Math.min(MAX_SEATS, Math.max(1, Number.parseInt(seats, 10) || 1));
  const full = seatsState(event).kind === 'full';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d+$/.test(seats.trim()) || Number(seats) < 1 || Number(seats) > MAX_SEATS)
      found.seats = t('events.register.seatsRange', { max: MAX_SEATS });
    for (const q of event.questions)
      if (q.required && !(answers[q.id] ?? '').trim()) found[`q-${q.id}`] = t('events.register.required');
    if (onBehalf) {
      if (!contactName.trim()) found.contactName = t('events.register.required');
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contactEmail.trim()))
        found.contactEmail = t('events.register.emailFormat');
    }
    setProblems(found);
    if (Object.keys(found).length) return;
    const body: TRegisterBody = {
      seats: seatCount,
      answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim())),
      attendeeNames: names
        .slice(0, seatCount)
        .map((n) => n.trim())
        .filter(Boolean),
    };
    if (organisationId) body.organisationId = organisationId;
    if (onBehalf) {
      body.contactName = contactName.trim();
      body.contactEmail = contactEmail.trim();
      body.locale = contactLocale;
    }
    const r = await run(() => register(event.id, body));
    if (r) onRegistered(r);
  };

  const serverFields = error
    ? fieldErrorsOf(t, error, ['seats', 'organisationId', 'contactName', 'contactEmail'])
    : null;
  const summary = error
    ? [serverFields && serverFields.rest.length ? serverFields.rest.join(' ') : eventErrorText(t, error)]
    : [];
  const orgOptions = me.memberships.map((m) => ({ value: m.organisationId, label: m.name }));

  return (
    <form className="event-register" onSubmit={(e) => void onSubmit(e)} noValidate>
      {full ? <p className="callout">{t('events.register.fullNote')}</p> : null}
      {event.approvalRequired ? <p className="muted">{t('events.register.approvalNote')}</p> : null}
      <FormErrors messages={summary} />
      {staff ? (
        <div className="field field--checkbox">
          <input
            type="checkbox"
            id="reg-on-behalf"
            checked={onBehalf}
            onChange={(e) => setOnBehalf(e.target.checked)}
          />
          <label htmlFor="reg-on-behalf">{t('events.register.onBehalf')}</label>
        </div>
      ) : null}
      {onBehalf ? (
        <>
          <TextField
            id="reg-contact-name"
            label={t('events.register.contactName')}
            value={contactName}
            onValue={setContactName}
            error={problems.contactName ?? serverFields?.fields.contactName}
            required
            autoComplete="off"
          />
          <TextField
            id="reg-contact-email"
            type="email"
            label={t('events.register.contactEmail')}
            value={contactEmail}
            onValue={setContactEmail}
            error={problems.contactEmail ?? serverFields?.fields.contactEmail}
            required
            autoComplete="off"
          />
          <SelectField
            id="reg-contact-locale"
            label={t('events.register.contactLocale')}
            hint={t('events.register.contactLocaleHint')}
            value={contactLocale}
            onValue={(v) => setContactLocale(v === 'en' ? 'en' : 'bg')}
            options={[
              { value: 'bg', label: t('events.register.localeBg') },
              { value: 'en', label: t('events.register.localeEn') },
            ]}
          />
        </>
      ) : null}
      {orgOptions.length > 0 || staff ? (
        <SelectField
          id="reg-organisation"
          label={t('events.register.organisation')}
          value={organisationId}
          onValue={setOrganisationId}
          options={orgOptions}
          placeholder={t('events.register.noOrganisation')}
          error={serverFields?.fields.organisationId}
        />
      ) : null}
      <TextField
        id="reg-seats"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_SEATS}
        label={t('events.register.seats')}
        value={seats}
        onValue={(v) => {
          setSeats(v);
          const n = Math.min(MAX_SEATS, Math.max(1, Number.parseInt(v, 10) || 1));
          setNames((old) => Array.from({ length: n }, (_, i) => old[i] ?? ''));
        }}
        error={problems.seats ?? serverFields?.fields.seats}
        required
      />
      <fieldset className="event-register__names">
        <legend>{t('events.register.attendees')}</legend>
        <p className="field__hint">{t('events.register.attendeesHint')}</p>
        {Array.from({ length: seatCount }, (_, i) => (
          <TextField
            key={i}
            id={`reg-attendee-${i}`}
            label={t('events.register.attendee', { n: i + 1 })}
            value={names[i] ?? ''}
            onValue={(v) => setNames((old) => Object.assign([...old], { [i]: v }))}
            autoComplete="name"
          />
        ))}
      </fieldset>
      {event.questions.map((q) =>
        q.kind === 'choice' ? (
          <SelectField
            key={q.id}
            id={`q-${q.id}`}
            label={questionLabel(q, locale)}
            value={answers[q.id] ?? ''}
            onValue={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
            options={(q.options ?? []).map((o) => ({ value: o.id, label: questionLabel(o, locale) }))}
            placeholder={t('events.register.choose')}
            required={q.required}
            error={problems[`q-${q.id}`]}
          />
        ) : (
          <TextField
            key={q.id}
            id={`q-${q.id}`}
            label={questionLabel(q, locale)}
            value={answers[q.id] ?? ''}
            onValue={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
            required={q.required}
            error={problems[`q-${q.id}`]}
            maxLength={500}
          />
        ),
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {full ? t('events.register.submitWaitlist') : t('events.register.submit')}
        </button>
      </div>
    </form>
  );
}
