/** The calendar as a list of days with their entries: the day view, and the week and month views on a phone. */
import { useTranslation } from 'react-i18next';
import type { TCalendarItem } from '../../../../src/contract/facilities';
import { agendaByDay } from '../grid';
import { longDayLabel } from '../labels';
import { CalendarEntry } from './CalendarEntry';

export function CalendarAgenda({
  items,
  first,
  last,
  locale,
  resourceSlug,
  className,
}: {
  items: TCalendarItem[];
  first: string;
  last: string;
  locale: string;
  resourceSlug: (id: string) => string | undefined;
  className?: string;
}) {
  const { t } = useTranslation();
  const groups = agendaByDay(items, first, last);
  return (
    <div className={`cal-agenda${className ? ` ${className}` : ''}`}>
      {groups.length === 0 ? (
        <p className="cal-agenda__empty">{t('calendar.empty')}</p>
      ) : (
        <ol className="cal-agenda__days">
          {groups.map((g) => (
            <li key={g.date} className="cal-agenda__day">
              <h3 className="cal-agenda__date">{longDayLabel(g.date, locale)}</h3>
              <ul className="cal-agenda__items">
                {g.items.map((item) => (
                  <li key={`${item.kind}-${item.id}`}>
                    <CalendarEntry item={item} date={g.date} locale={locale} resourceSlug={resourceSlug} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
