/** The session's list at the door: the counts, then the checked-in (latest on top) and those still expected. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import type { TApiState } from '../../../shared/hooks/use-api';
import { useSession } from '../../../shared/session/session';
import { checkInOrder } from '../model/check-in-view';
import { formatTime } from '../sofia-time';
import type { TCheckInList } from '../../../../src/contract/events';

export function CheckInList({ list }: { list: TApiState<TCheckInList> }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section className="panel" aria-labelledby="check-in-list-title">
      <h2 id="check-in-list-title">{t('events.checkIn.listTitle')}</h2>
      {list.data ? (
        <>
          <p className="check-in-count">
            {t('events.checkIn.counts', { checkedIn: list.data.checkedIn, expected: list.data.expected })}
          </p>
          {list.data.items.length ? (
            <ul className="plain-list check-in-list">
              {checkInOrder(list.data.items).map((row) => (
                <li
                  key={row.registrationId}
                  className={row.checkedInAt ? 'check-in-list__item--in' : 'check-in-list__item--expected'}
                >
                  <span className="check-in-list__name">{row.contactName}</span>
                  {row.organisationName ? <span className="muted"> · {row.organisationName}</span> : null}
                  {row.checkedInAt && row.attendeeNames?.length ? (
                    <span className="check-in-list__names muted">{row.attendeeNames.join(', ')}</span>
                  ) : null}
                  <span className="check-in-list__meta">
                    {row.checkedInAt
                      ? `${t('events.checkIn.people', { people: row.people ?? row.seats, seats: row.seats })} · ${formatTime(row.checkedInAt, locale)}`
                      : t('events.checkIn.expected', { count: row.seats })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('events.checkIn.none')}</p>
          )}
        </>
      ) : list.error ? (
        <ErrorMessage error={list.error} onRetry={list.reload} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
