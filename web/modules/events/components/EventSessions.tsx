/** The event page's sessions in Sofia time, with the calendar file of the whole event. */
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../shared/session/session';
import { eventIcsPath } from '../api';
import { formatSpan } from '../sofia-time';
import { sessionTitle } from '../texts';
import type { TEvent } from '../../../../src/contract/events';

export function EventSessions({ event: e }: { event: TEvent }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <section aria-labelledby="event-sessions-title">
      <h2 id="event-sessions-title">{t('events.detail.sessions')}</h2>
      <ol className="event-sessions">
        {e.sessions.map((s) => (
          <li key={s.id} className="event-sessions__item">
            <p className="event-sessions__when">{formatSpan(s.startsAt, s.endsAt, locale)}</p>
            {sessionTitle(s, locale) ? <p className="event-sessions__title">{sessionTitle(s, locale)}</p> : null}
            {s.location ? <p className="muted">{s.location}</p> : null}
          </li>
        ))}
      </ol>
      <p className="muted">{t('events.detail.timeZone')}</p>
      <p>
        <a href={eventIcsPath(e.slug)} download>
          {t('events.detail.addToCalendar')}
        </a>
      </p>
    </section>
  );
}
