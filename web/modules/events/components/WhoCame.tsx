/**
 * Before checking in: which of a party came (the registration's names, all ticked to start with; at least one),
 * and on another day than the session's the reason staff check in anyway.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextAreaField } from '../../../shared/components/Field';
import { useSession } from '../../../shared/session/session';
import { asksWhoCame, attendeeChoices, overrideReason, OVERRIDE_REASON_MIN } from '../checkin-model';
import { sessionDays } from '../model/check-in-view';
import type { TCheckInCandidate } from '../../../../src/contract/events';

export function WhoCame({
  candidate,
  ticked,
  onTicked,
  reason,
  onReason,
  onConfirm,
  onCancel,
}: {
  candidate: TCheckInCandidate;
  ticked: Set<string>;
  onTicked: (ticked: Set<string>) => void;
  reason: string;
  onReason: (reason: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const party = asksWhoCame(candidate);
  const names = party ? attendeeChoices(candidate) : [];
  const count = names.filter((n) => ticked.has(n)).length;
  const offDay = !candidate.onSessionDay;
  const [reasonTouched, setReasonTouched] = useState(false);
  const reasonOk = !offDay || overrideReason(reason) !== null;
  return (
    <fieldset className="check-in-who" aria-describedby={party ? 'check-in-who-hint' : undefined}>
      <legend className="check-in-who__head">
        {candidate.contactName}
        {candidate.organisationName ? ` · ${candidate.organisationName}` : ''}
      </legend>
      {offDay ? (
        <div className="check-in-result check-in-result--warn check-in-who__off-day">
          <p className="check-in-result__head">{t('events.checkIn.offDay', { day: sessionDays(candidate, locale) })}</p>
          <p>{t('events.checkIn.offDayHint')}</p>
          <TextAreaField
            id="check-in-override-reason"
            label={t('events.checkIn.offDayReason')}
            value={reason}
            onValue={onReason}
            onBlur={() => setReasonTouched(true)}
            required
            rows={2}
            maxLength={500}
            error={
              reasonTouched && !reasonOk
                ? t('events.checkIn.offDayReasonShort', { min: OVERRIDE_REASON_MIN })
                : undefined
            }
          />
        </div>
      ) : null}
      {party ? <p id="check-in-who-hint">{t('events.checkIn.whoCame', { seats: candidate.seats })}</p> : null}
      {names.map((name, i) => (
        <CheckboxField
          key={name}
          id={`check-in-who-${i}`}
          label={name}
          checked={ticked.has(name)}
          onChecked={(on) => {
            const next = new Set(ticked);
            if (on) next.add(name);
            else next.delete(name);
            onTicked(next);
          }}
        />
      ))}
      {party && count === 0 ? <p className="field__error">{t('events.checkIn.tickSomeone')}</p> : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={(party && count === 0) || !reasonOk}
          onClick={() => {
            setReasonTouched(true);
            onConfirm();
          }}
        >
          {party ? t('events.checkIn.confirmWhoCame', { count }) : t('events.checkIn.confirmOffDay')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
