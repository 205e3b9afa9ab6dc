/** Closures and extra openings (staff): listed with a remove button, added from a day and times in Sofia. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { formatDateTime } from '../../../shared/lib/format';
import { sofiaToday } from '../../events/calendar-sofia-time';
import { addException, removeException } from '../api';
import { slotInstants } from '../booking-slots';
import { facilityErrorText } from '../errors';
import type { TException } from '../../../../src/contract/facilities';

export function ExceptionsEditor({
  resourceId,
  exceptions,
  locale,
  onChange,
}: {
  resourceId: string;
  exceptions: TException[];
  locale: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const [kind, setKind] = useState<'closed' | 'open'>('closed');
  const [fromDay, setFromDay] = useState(sofiaToday());
  const [fromTime, setFromTime] = useState('00:00');
  const [toDay, setToDay] = useState(sofiaToday());
  const [toTime, setToTime] = useState('23:59');
  const [reason, setReason] = useState('');

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const startsAt = slotInstants(fromDay, fromTime, '23:59').startsAt;
    const endsAt = slotInstants(toDay, '00:00', toTime).endsAt;
    if (
      (await action.run(() => addException(resourceId, { kind, startsAt, endsAt, reason: reason.trim() || null }))) !==
      undefined
    ) {
      setReason('');
      onChange();
    }
  };

  return (
    <section className="panel exceptions-editor" aria-labelledby="exceptions-title">
      <h2 id="exceptions-title">{t('facilities.exceptions.title')}</h2>
      <FormErrors messages={action.error ? [facilityErrorText(t, action.error)] : []} />
      {exceptions.length ? (
        <ul className="exceptions-editor__list">
          {exceptions.map((x) => (
            <li key={x.id}>
              <strong>{t(`facilities.exceptions.${x.kind}`)}</strong>: {formatDateTime(x.startsAt, locale)} –{' '}
              {formatDateTime(x.endsAt, locale)}
              {x.reason ? ` — ${x.reason}` : null}{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={action.busy}
                onClick={async () => {
                  if ((await action.run(() => removeException(resourceId, x.id))) !== undefined) onChange();
                }}
              >
                {t('facilities.exceptions.remove')}
                <span className="visually-hidden">: {formatDateTime(x.startsAt, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('facilities.exceptions.none')}</p>
      )}
      <form onSubmit={(e) => void add(e)} className="exceptions-editor__form" noValidate>
        <SelectField
          id="exception-kind"
          label={t('facilities.exceptions.kind')}
          value={kind}
          onValue={(k) => setKind(k as 'closed' | 'open')}
          options={[
            { value: 'closed', label: t('facilities.exceptions.closed') },
            { value: 'open', label: t('facilities.exceptions.open') },
          ]}
        />
        <div className="fac-row">
          <TextField
            id="exception-from-day"
            type="date"
            label={t('facilities.exceptions.fromDay')}
            value={fromDay}
            onValue={setFromDay}
            required
          />
          <TextField
            id="exception-from-time"
            type="time"
            label={t('facilities.exceptions.fromTime')}
            value={fromTime}
            onValue={setFromTime}
            required
          />
          <TextField
            id="exception-to-day"
            type="date"
            label={t('facilities.exceptions.toDay')}
            value={toDay}
            onValue={setToDay}
            required
          />
          <TextField
            id="exception-to-time"
            type="time"
            label={t('facilities.exceptions.toTime')}
            value={toTime}
            onValue={setToTime}
            required
          />
        </div>
        <TextField id="exception-reason" label={t('facilities.exceptions.reason')} value={reason} onValue={setReason} />
        <button type="submit" className="button" disabled={action.busy}>
          {t('facilities.exceptions.add')}
        </button>
      </form>
    </section>
  );
}
