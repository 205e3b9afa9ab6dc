/** The week view on wide screens: seven day columns, each listing its entries in time order. */
import { useTranslation } from 'react-i18next';
import type { TCalendarItem } from '../../../../src/contract/facilities';
import { touchesDay, weekDays } from '../grid';
import { shortDayLabel, longDayLabel } from '../labels';
import { CalendarEntry } from './CalendarEntry';

export function CalendarWeek({
  items,
  date,
  today,
  locale,
  resourceSlug,
}: {
  items: TCalendarItem[];
  date: string;
  today: string;
  locale: string;
  resourceSlug: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <ol className="cal-week">
      {weekDays(date).map((day) => {
        const on = sorted.filter((i) => touchesDay(i, day));
        return (
          <li key={day} className={`cal-week__day${day === today ? ' cal-week__day--today' : ''}`}>
            <h3 className="cal-week__date">
              <span aria-hidden="true">{shortDayLabel(day, locale)}</span>
              <span className="visually-hidden">{longDayLabel(day, locale)}</span>
              {day === today ? <span className="visually-hidden"> ({t('calendar.today')})</span> : null}
            </h3>
            {on.length ? (
              <ul className="cal-week__items">
                {on.map((item) => (
                  <li key={`${item.kind}-${item.id}`}>
                    <CalendarEntry item={item} date={day} locale={locale} resourceSlug={resourceSlug} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="cal-week__free">{t('calendar.nothing')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
