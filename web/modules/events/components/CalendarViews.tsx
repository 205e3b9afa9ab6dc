/** The calendar's entries in the chosen view: a list of days for a day, else the grid and (for phones) the list. */
import { useSession } from '../../../shared/session/session';
import { viewDays } from '../grid';
import { agendaDays } from '../model/calendar-view';
import type { TCalendarState } from '../url';
import type { TCalendarItem } from '../../../../src/contract/facilities';
import { CalendarAgenda } from './CalendarAgenda';
import { CalendarMonth } from './CalendarMonth';
import { CalendarWeek } from './CalendarWeek';

export function CalendarViews({
  state,
  today,
  items,
  resourceSlug,
  dayHref,
}: {
  state: TCalendarState;
  today: string;
  items: TCalendarItem[];
  resourceSlug: (id: string) => string | undefined;
  dayHref: (date: string) => string;
}) {
  const { locale } = useSession();
  if (state.view === 'day') {
    const { first, last } = viewDays(state.view, state.date);
    return <CalendarAgenda items={items} first={first} last={last} locale={locale} resourceSlug={resourceSlug} />;
  }
  const phone = agendaDays(state.view, state.date);
  return (
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
            dayHref={dayHref}
          />
        )}
      </div>
      <CalendarAgenda
        className="cal-narrow"
        items={items}
        first={phone.first}
        last={phone.last}
        locale={locale}
        resourceSlug={resourceSlug}
      />
    </>
  );
}
