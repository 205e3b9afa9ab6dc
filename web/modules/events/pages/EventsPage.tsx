/** /events — the hub's upcoming events, rendered on the server: type filter, search, paging, seats left. */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { loadJson, type TLoader } from '../../../app/route-data';
import { mayManageEvents } from '../access';
import { useSession } from '../../../shared/session/session';
import { eventsApiPath, parseEventFilters } from '../filters';
import { EventCard } from '../components/EventCard';
import { EventPager } from '../components/EventPager';
import { EventSearch } from '../components/EventSearch';
import type { TEventPage } from '../../../../src/contract/events';

export const eventsLoader: TLoader<TEventPage> = (fetchJson, _params, search) =>
  loadJson<TEventPage>(fetchJson, eventsApiPath(parseEventFilters(search), new Date()));

export function EventsPage({ data }: { data: TEventPage }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [search] = useSearchParams();
  const filters = parseEventFilters(search);
  useHead(t('events.list.title'), t('events.list.lead'));
  const filtered = !!(filters.q || filters.type);
  return (
    <div className="container section">
      <div className="page-head">
        <h1>{t('events.list.title')}</h1>
        <div className="page-head__actions">
          {me.user ? (
            <Link className="button button--secondary" to="/registrations">
              {t('events.list.mine')}
            </Link>
          ) : null}
          {mayManageEvents(me) ? (
            <Link className="button" to="/events/new">
              {t('events.list.newEvent')}
            </Link>
          ) : null}
        </div>
      </div>
      <p className="section__lead">{t('events.list.lead')}</p>
      <EventSearch filters={filters} />
      <p className="catalogue-count" role="status">
        {t('events.list.results', { count: data.total })}
      </p>
      {data.items.length === 0 ? (
        <EmptyState>
          <p>{filtered ? t('events.list.emptyFiltered') : t('events.list.empty')}</p>
          {filtered ? (
            <p>
              <Link to="/events">{t('events.list.clear')}</Link>
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <ul className="event-grid">
          {data.items.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </ul>
      )}
      <EventPager filters={filters} total={data.total} pageSize={data.pageSize} />
      <p className="event-feed">
        <a href="/calendar.ics">{t('events.list.feed')}</a>
      </p>
    </div>
  );
}
