/** Type chips (links) and a GET search form, so the list works without JavaScript and every search is a link. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { eventsHref, type TEventFilters } from '../filters';
import { EVENT_TYPES } from '../../../../src/contract/events';

export function EventSearch({ filters }: { filters: TEventFilters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState(filters.q);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    navigate(eventsHref(filters, { q }));
  };
  return (
    <>
      <nav className="chip-row" aria-label={t('events.list.typeLabel')}>
        <ul>
          <li>
            <Link
              className="chip"
              to={eventsHref(filters, { type: '' })}
              aria-current={filters.type ? undefined : 'page'}
            >
              {t('events.list.allTypes')}
            </Link>
          </li>
          {EVENT_TYPES.map((type) => (
            <li key={type}>
              <Link
                className="chip"
                to={eventsHref(filters, { type })}
                aria-current={filters.type === type ? 'page' : undefined}
              >
                {t(`events.types.${type}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        className="filters event-search"
        role="search"
        aria-label={t('events.list.searchLabel')}
        method="get"
        action="/events"
        onSubmit={onSubmit}
      >
        {filters.type ? <input type="hidden" name="type" value={filters.type} /> : null}
        <TextField
          id="q"
          type="search"
          label={t('events.list.search')}
          hint={t('events.list.searchHint')}
          value={q}
          onValue={setQ}
          maxLength={100}
        />
        <div className="event-search__actions">
          <button type="submit" className="button">
            {t('events.list.submit')}
          </button>
          {filters.q || filters.type ? (
            <Link className="button button--ghost" to="/events">
              {t('events.list.clear')}
            </Link>
          ) : null}
        </div>
      </form>
    </>
  );
}
