/**
 * A week of a resource's availability: open hours and busy times drawn per day on wide screens, and the same as
 * a list of times on phones and for screen readers (the drawing is decoration).
 */
import { useTranslation } from 'react-i18next';
import { placeInDay, timeLabel, touchesDay, weekDays } from '../../events/grid';
import { longDayLabel, shortDayLabel } from '../../events/labels';
import { minutesIntoDay } from '../../events/calendar-sofia-time';
import type { TAvailability } from '../../../../src/contract/facilities';

/** The hours the drawing spans: from the earliest opening to the latest closing of the week, 08–18 at least. */
function hoursWindow(availability: TAvailability, days: string[]): { from: number; to: number } {
  let from = 8 * 60;
  let to = 18 * 60;
  for (const day of days) {
    for (const o of availability.open.filter((x) => touchesDay(x, day))) {
      from = Math.min(from, Math.max(0, minutesIntoDay(day, o.startsAt)));
      to = Math.max(to, Math.min(24 * 60, minutesIntoDay(day, o.endsAt)));
    }
  }
  return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
}

export function AvailabilityWeek({
  availability,
  date,
  locale,
}: {
  availability: TAvailability;
  date: string;
  locale: string;
}) {
  const { t } = useTranslation();
  const days = weekDays(date);
  const window = hoursWindow(availability, days);
  const hours = Array.from({ length: (window.to - window.from) / 60 }, (_, i) => window.from / 60 + i);
  return (
    <div className="avail-week">
      <div className="avail-week__hours" aria-hidden="true">
        {hours.map((h) => (
          <span key={h} style={{ top: `${((h * 60 - window.from) / (window.to - window.from)) * 100}%` }}>
            {String(h).padStart(2, '0')}:00
          </span>
        ))}
      </div>
      <ol className="avail-week__days">
        {days.map((day) => {
          const open = availability.open.filter((o) => touchesDay(o, day));
          const busy = availability.busy.filter((b) => touchesDay(b, day));
          return (
            <li key={day} className="avail-week__day">
              <h3 className="avail-week__date">
                <span aria-hidden="true">{shortDayLabel(day, locale)}</span>
                <span className="visually-hidden">{longDayLabel(day, locale)}</span>
              </h3>
              <div className="avail-week__track" aria-hidden="true">
                {open.map((o) => {
                  const p = placeInDay(o, day, window);
                  return (
                    <span
                      key={`o${o.startsAt}`}
                      className="avail-week__open"
                      style={{ top: `${p.top}%`, height: `${p.height}%` }}
                    />
                  );
                })}
                {busy.map((b) => {
                  const p = placeInDay(b, day, window);
                  return (
                    <span
                      key={`b${b.startsAt}${b.seats}`}
                      className={`avail-week__busy${b.mine ? ' avail-week__busy--mine' : ''}`}
                      style={{ top: `${p.top}%`, height: `${p.height}%` }}
                    />
                  );
                })}
              </div>
              <ul className="avail-week__list">
                {open.length === 0 ? <li>{t('facilities.availability.closed')}</li> : null}
                {open.map((o) => (
                  <li key={`o${o.startsAt}`}>{t('facilities.availability.openAt', { time: timeLabel(o, day) })}</li>
                ))}
                {busy.map((b) => (
                  <li key={`b${b.startsAt}${b.seats}`} className="avail-week__busy-text">
                    {t(b.mine ? 'facilities.availability.mineAt' : 'facilities.availability.busyAt', {
                      time: timeLabel(b, day),
                    })}
                    {availability.capacity > 1 ? ` · ${t('facilities.seats', { count: b.seats })}` : null}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
