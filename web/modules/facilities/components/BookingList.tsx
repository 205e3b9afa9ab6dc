/** Bookings as a table: when, what, who, status, the calendar file, and the actions the server allows. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/lib/format';
import { timeLabel } from '../../events/grid';
import { sofiaParts } from '../../events/calendar-sofia-time';
import { bookingIcsPath } from '../api';
import { localTitle } from '../texts';
import type { TBooking } from '../../../../src/contract/facilities';
import { BookingActions, type TBookingActionKind } from './BookingActions';

export function BookingList({
  bookings,
  locale,
  caption,
  showResource = true,
  actions,
  onChange,
}: {
  bookings: TBooking[];
  locale: string;
  caption: string;
  showResource?: boolean;
  /** Which of the allowed actions this list offers. */
  actions: TBookingActionKind[];
  onChange: (booking: TBooking) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table booking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('facilities.bookings.when')}</th>
            {showResource ? <th scope="col">{t('facilities.bookings.resource')}</th> : null}
            <th scope="col">{t('facilities.bookings.organisation')}</th>
            <th scope="col">{t('facilities.bookings.status')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {bookings.map((b) => (
            <tr key={b.id}>
              <th scope="row">
                {formatDate(b.startsAt, locale)}
                {sofiaParts(b.startsAt).date === sofiaParts(new Date(Date.parse(b.endsAt) - 1)).date ? ', ' : ' – '}
                {timeLabel(b)}
              </th>
              {showResource ? (
                <td>
                  <Link to={`/facilities/${b.resource.slug}`}>{localTitle(b.resource, locale)}</Link>
                </td>
              ) : null}
              <td>
                {b.organisationName}
                {b.userName ? <span className="booking-table__user"> · {b.userName}</span> : null}
                {b.seats > 1 ? (
                  <span className="booking-table__user"> · {t('facilities.seats', { count: b.seats })}</span>
                ) : null}
                {b.purpose ? <p className="booking-table__purpose">{b.purpose}</p> : null}
              </td>
              <td>
                <span className={`badge booking-status booking-status--${b.status}`}>
                  {t(`facilities.status.${b.status}`)}
                </span>
                {b.deliveryId ? (
                  <span className="badge badge--ok booking-status">{t('facilities.bookings.recorded')}</span>
                ) : null}
                {b.reason ? <p className="booking-table__purpose">{b.reason}</p> : null}
              </td>
              <td className="booking-table__actions">
                {b.status === 'confirmed' || b.status === 'pending' ? (
                  <a href={bookingIcsPath(b.id)} download>
                    {t('facilities.bookings.ics')}
                    <span className="visually-hidden">
                      : {localTitle(b.resource, locale)}, {formatDate(b.startsAt, locale)}
                    </span>
                  </a>
                ) : null}
                <BookingActions booking={b} kinds={actions} onChange={onChange} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
