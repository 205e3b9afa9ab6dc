/** A resource's week of availability, with the previous and next week a click away. */
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import type { TApiState } from '../../../shared/hooks/use-api';
import { shiftView } from '../../events/grid';
import { viewTitle } from '../../events/labels';
import type { TAvailability } from '../../../../src/contract/facilities';
import { AvailabilityWeek } from './AvailabilityWeek';

export function ResourceWeek({
  week,
  onWeek,
  availability,
  locale,
}: {
  /** The Monday of the week shown. */
  week: string;
  onWeek: (week: string) => void;
  availability: TApiState<TAvailability>;
  locale: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="resource-week-title" className="resource-week">
      <div className="resource-week__head">
        <h2 id="resource-week-title">{t('facilities.detail.week', { range: viewTitle('week', week, locale) })}</h2>
        <div className="resource-week__nav">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onWeek(shiftView('week', week, -1))}
          >
            <span aria-hidden="true">‹ </span>
            {t('calendar.previous.week')}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onWeek(shiftView('week', week, 1))}
          >
            {t('calendar.next.week')}
            <span aria-hidden="true"> ›</span>
          </button>
        </div>
      </div>
      <ul className="avail-legend" aria-hidden="true">
        <li className="avail-legend__open">{t('facilities.availability.open')}</li>
        <li className="avail-legend__busy">{t('facilities.availability.busy')}</li>
        <li className="avail-legend__mine">{t('facilities.availability.mine')}</li>
      </ul>
      {availability.error ? (
        <ErrorMessage error={availability.error} onRetry={availability.reload} />
      ) : availability.data ? (
        <AvailabilityWeek availability={availability.data} date={week} locale={locale} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
