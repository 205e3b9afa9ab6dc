import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../../shared/lib/api';
import { loadJson, type TLoader } from '../../../app/route-data';
import { useHead } from '../../../shared/lib/head';
import { useSession } from '../../../shared/session/session';
import { viewRange } from '../grid';
import { viewTitle } from '../labels';
import { sofiaToday } from '../calendar-sofia-time';
import { calendarSearch, parseCalendarState, type TCalendarState } from '../url';
import { CalendarToolbar } from '../components/CalendarToolbar';
import { CalendarViews } from '../components/CalendarViews';
import type { TCalendarItem, TResourceSummary } from '../../../../src/contract/facilities';

export interface TCalendarData {
  calendar: { items: TCalendarItem[] };
  resources: { items: TResourceSummary[] };
}

/** The view's entries and the resources, loaded on the server too: without JavaScript the first week is there. */
export const calendarLoader: TLoader<TCalendarData> = async (fetchJson, _params, search) => {
  const state = parseCalendarState(search);
  const range = viewRange(state.view, state.date);
  const [calendar, resources] = await Promise.all([
    loadJson<TCalendarData['calendar']>(
      fetchJson,
      withQuery('/api/v1/calendar', { ...range, resourceId: state.resourceId }),
    ),
    loadJson<TCalendarData['resources']>(fetchJson, '/api/v1/resources'),
  ]);
  return { calendar, resources };
};

/** /calendar: every resource's bookings the caller may see, the hub's public events and closures. */
export function CalendarPage({ data }: { data: TCalendarData }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [search, setSearch] = useSearchParams();
  const state = parseCalendarState(search);
  const today = sofiaToday();
  const { calendar, resources } = data;
  const title = viewTitle(state.view, state.date, locale);
  useHead(t('calendar.title'), t('calendar.lead'));

  const href = (next: Partial<TCalendarState>) => `/calendar${calendarSearch({ ...state, ...next })}`;
  const slugs = new Map(resources.items.map((r) => [r.id, r.slug]));
  const resourceSlug = (id: string) => slugs.get(id);
  const onResource = (id: string) => {
    const next = new URLSearchParams(search);
    if (id) next.set('resource', id);
    else next.delete('resource');
    setSearch(next);
  };

  return (
    <div className="container section calendar-page">
      <div className="page-head">
        <h1>{t('calendar.title')}</h1>
        <div className="page-head__actions">
          <a className="button button--secondary" href="/calendar.ics">
            {t('calendar.subscribe')}
          </a>
        </div>
      </div>
      <p className="section__lead">{t('calendar.lead')}</p>

      <CalendarToolbar state={state} today={today} href={href} resources={resources.items} onResource={onResource} />

      <h2 className="cal-title" aria-live="polite">
        {title}
      </h2>
      <ul className="cal-legend" aria-label={t('calendar.legend')}>
        {(['booking', 'event', 'closure'] as const).map((k) => (
          <li key={k} className={`cal-legend__item cal-legend__item--${k}`}>
            {t(`calendar.kinds.${k}`)}
          </li>
        ))}
      </ul>

      <CalendarViews
        state={state}
        today={today}
        items={calendar.items}
        resourceSlug={resourceSlug}
        dayHref={(d) => href({ view: 'day', date: d })}
      />
    </div>
  );
}
