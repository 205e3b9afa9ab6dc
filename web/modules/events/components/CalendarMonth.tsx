/** The month view on wide screens: a table of weeks, each day with its first entries and how many more it has. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TCalendarItem } from '../../../../src/contract/facilities';
import { monthGrid, touchesDay } from '../grid';
import { longDayLabel, viewTitle, weekdayNames } from '../labels';
import { CalendarEntry } from './CalendarEntry';

const SHOWN = 3;

export function CalendarMonth({
  items,
  date,
  today,
  locale,
  resourceSlug,
  dayHref,
}: {
  items: TCalendarItem[];
  date: string;
  today: string;
  locale: string;
  resourceSlug: (id: string) => string | undefined;
  /** The day view of a date (the "+n more" link). */
  dayHref: (date: string) => string;
}) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const names = weekdayNames(locale, 'short');
  const longNames = weekdayNames(locale, 'long');
  return (
    <table className="cal-month">
      <caption className="visually-hidden">{viewTitle('month', date, locale)}</caption>
      <thead>
        <tr>
          {names.map((n, i) => (
            <th key={n} scope="col">
              <abbr title={longNames[i]}>{n}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(date).map((week) => (
          <tr key={week[0].date}>
            {week.map(({ date: day, inMonth }) => {
              const on = sorted.filter((i) => touchesDay(i, day));
              return (
                <td
                  key={day}
                  className={`cal-month__day${inMonth ? '' : ' cal-month__day--outside'}${day === today ? ' cal-month__day--today' : ''}`}
                >
                  <span className="cal-month__number">
                    <span aria-hidden="true">{Number(day.slice(8))}</span>
                    <span className="visually-hidden">{longDayLabel(day, locale)}</span>
                  </span>
                  {on.slice(0, SHOWN).map((item) => (
                    <CalendarEntry
                      key={`${item.kind}-${item.id}`}
                      item={item}
                      date={day}
                      locale={locale}
                      resourceSlug={resourceSlug}
                    />
                  ))}
                  {on.length > SHOWN ? (
                    <Link className="cal-month__more" to={dayHref(day)}>
                      {t('calendar.more', { count: on.length - SHOWN })}
                    </Link>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
