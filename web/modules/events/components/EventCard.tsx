/** One event in the list: type, title linking to its page, when and where, and the seats badge. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { tagLabel } from '../../services/enum-labels';
import { useSession } from '../../../shared/session/session';
import { formatSpan } from '../sofia-time';
import { eventTitle } from '../texts';
import type { TEventSummary } from '../../../../src/contract/events';
import { SeatsBadge } from './SeatsBadge';

export function EventCard({ event: e }: { event: TEventSummary }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
    <li className={`event-card event-card--${e.type}`}>
      <p className="event-card__type">{t(`events.types.${e.type}`)}</p>
      <h2 className="event-card__title">
        <Link to={`/events/${e.slug}`}>{eventTitle(e, locale)}</Link>
      </h2>
      {e.published ? null : <p className="badge badge--warn">{t('events.card.unpublished')}</p>}
      <dl className="event-card__facts">
        {e.firstStartsAt && e.lastEndsAt ? (
          <div>
            <dt>{t('events.card.when')}</dt>
            <dd>{formatSpan(e.firstStartsAt, e.lastEndsAt, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('events.card.where')}</dt>
          <dd>{e.venue || (e.onlineUrl ? t('events.card.online') : t('events.card.tba'))}</dd>
        </div>
      </dl>
      <p className="event-card__seats">
        <SeatsBadge event={e} />
        {e.registrationOpen ? null : <span className="badge">{t('events.card.registrationClosed')}</span>}
      </p>
      {e.tags.length ? (
        <ul className="event-tags" aria-label={t('events.card.tags')}>
          {e.tags.map((tag) => (
            <li key={tag}>{tagLabel(t, tag)}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
