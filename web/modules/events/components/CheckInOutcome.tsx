/** The answer to one check-in at the door: checked in (who), already checked in, unknown code, no confirmed seat. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import type { TCheckInOutcome } from '../checkin-model';
import { presentNames } from '../model/check-in-view';
import { EventError } from './EventError';

export function CheckInOutcome({ outcome }: { outcome: TCheckInOutcome }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  if (outcome.kind === 'ok') {
    const r = outcome.result.registration;
    return (
      <div className="check-in-result check-in-result--ok" role="status">
        <p className="check-in-result__head">{t('events.checkIn.ok')}</p>
        <p>
          <strong>{r.contactName}</strong>
          {r.organisationName ? ` · ${r.organisationName}` : ''}
        </p>
        <p>{t('events.checkIn.people', { people: outcome.result.people, seats: r.seats })}</p>
        {presentNames(outcome.result).length ? (
          <p className="muted">{presentNames(outcome.result).join(', ')}</p>
        ) : null}
      </div>
    );
  }
  if (outcome.kind === 'duplicate') {
    return (
      <div className="check-in-result check-in-result--warn" role="alert">
        <p className="check-in-result__head">{t('events.checkIn.duplicate')}</p>
        {outcome.checkedInAt ? (
          <p>{t('events.checkIn.duplicateAt', { at: formatDateTime(outcome.checkedInAt, locale) })}</p>
        ) : null}
      </div>
    );
  }
  if (outcome.kind === 'unknown') {
    return (
      <div className="check-in-result check-in-result--error" role="alert">
        <p className="check-in-result__head">{t('events.checkIn.unknown')}</p>
        <p>{t('events.checkIn.unknownHint')}</p>
      </div>
    );
  }
  if (outcome.kind === 'notConfirmed') {
    return (
      <div className="check-in-result check-in-result--error" role="alert">
        <p className="check-in-result__head">{t('events.checkIn.notConfirmed')}</p>
        {outcome.status ? (
          <p>{t('events.checkIn.statusIs', { status: t(`events.status.${outcome.status}`) })}</p>
        ) : null}
      </div>
    );
  }
  return <EventError error={outcome.error} />;
}
