/** The calendar's toolbar: day / week / month, previous / today / next, and the resource filter. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/components/Field';
import { useSession } from '../../../shared/session/session';
import { localTitle } from '../../facilities/texts';
import { CALENDAR_VIEWS, shiftView } from '../grid';
import type { TCalendarState } from '../url';
import type { TResourceSummary } from '../../../../src/contract/facilities';

export function CalendarToolbar({
  state,
  today,
  href,
  resources,
  onResource,
}: {
  state: TCalendarState;
  today: string;
  /** The link to the calendar with part of its state changed. */
  href: (next: Partial<TCalendarState>) => string;
  resources: TResourceSummary[];
  onResource: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
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
        onValue={onResource}
        placeholder={t('calendar.allResources')}
        options={resources.map((r) => ({ value: r.id, label: localTitle(r, locale) }))}
      />
    </div>
  );
}
