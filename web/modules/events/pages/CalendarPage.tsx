import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/components/Field';
import { withQuery } from '../../../shared/lib/api';
import { loadJson, type TLoader } from '../../../app/route-data';
import { useHead } from '../../../shared/lib/head';
import { useSession } from '../../../shared/session/session';
import { CALENDAR_VIEWS, shiftView, viewDays, viewRange } from '../grid';
import { viewTitle } from '../labels';
import { addDays, sofiaToday } from '../calendar-sofia-time';
import { calendarSearch, parseCalendarState, type TCalendarState } from '../url';
import { CalendarAgenda } from '../components/CalendarAgenda';
import { CalendarMonth } from '../components/CalendarMonth';
import { CalendarWeek } from '../components/CalendarWeek';
import { localTitle } from '../../facilities/texts';
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
  const { first, last } = viewDays(state.view, state.date);
  const { calendar, resources } = data;
  const title = viewTitle(state.view, state.date, locale);
  useHead(t('calendar.title'), t('calendar.lead'));

  const href = (next: Partial<TCalendarState>) => `/calendar${calendarSearch({ ...state, ...next })}`;
  const slugs = new Map(resources.items.map((r) => [r.id, r.slug]));
  const resourceSlug = (id: string) => slugs.get(id);
  const items = calendar.items;

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

      <div className="cal-toolbar">
        <nav className="cal-toolbar__views" aria-label={t('calendar.viewLabel')}>
          {CALENDAR_VIEWS.map((v) => (
            <Link
              key={v}
              to={href({ view: v })}
              className="cal-toolbar__view"
              aria-current={v === state.view ? 'page' : undefined}
            >
              {t(`calendar.views.${v}`)}
            </Link>
          ))}
        </nav>
        <nav className="cal-toolbar__move" aria-label={t('calendar.moveLabel')}>
          <Link
            className="button button--secondary button--small"
            to={href({ date: shiftView(state.view, state.date, -1) })}
          >
            <span aria-hidden="true">‹ </span>
            {t(`calendar.previous.${state.view}`)}
          </Link>
          <Link className="button button--secondary button--small" to={href({ date: today })}>
            {t('calendar.today')}
          </Link>
          <Link
            className="button button--secondary button--small"
            to={href({ date: shiftView(state.view, state.date, 1) })}
          >
            {t(`calendar.next.${state.view}`)}
            <span aria-hidden="true"> ›</span>
          </Link>
        </nav>
        <SelectField
          id="calendar-resource"
          label={t('calendar.resource')}
          className="cal-toolbar__filter"
          value={state.resourceId}
          onValue={(v) => {
            const next = new URLSearchParams(search);
            if (v) next.set('resource', v);
            else next.delete('resource');
            setSearch(next);
          }}
          placeholder={t('calendar.allResources')}
          options={resources.items.map((r) => ({ value: r.id, label: localTitle(r, locale) }))}
        />
      </div>

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

      {state.view === 'day' ? (
        <CalendarAgenda items={items} first={first} last={last} locale={locale} resourceSlug={resourceSlug} />
      ) : (
        <>
          {/* Wide screens get the grid, phones the same entries as a list of days (CSS picks one). */}
          <div className="cal-wide">
            {state.view === 'week' ? (
              <CalendarWeek items={items} date={state.date} today={today} locale={locale} resourceSlug={resourceSlug} />
            ) : (
              <CalendarMonth
                items={items}
                date={state.date}
                today={today}
                locale={locale}
                resourceSlug={resourceSlug}
                dayHref={(d) => href({ view: 'day', date: d })}
              />
            )}
          </div>
          <CalendarAgenda
            className="cal-narrow"
            items={items}
            first={state.view === 'month' ? `${state.date.slice(0, 7)}-01` : first}
            last={state.view === 'month' ? addDays(shiftView('month', state.date, 1), -1) : last}
            locale={locale}
            resourceSlug={resourceSlug}
          />
        </>
      )}
    </div>
  );
}
