/** My upcoming bookings of one resource, each with the cancel action when the server allows it. */
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading } from '../../../shared/components/Status';
import type { TApiState } from '../../../shared/hooks/use-api';
import type { TBooking } from '../../../../src/contract/facilities';
import { BookingList } from './BookingList';

export function MyResourceBookings({
  mine,
  title,
  locale,
  onChange,
}: {
  mine: TApiState<{ items: TBooking[] }>;
  /** The resource's title, for the table's caption. */
  title: string;
  locale: string;
  onChange: (booking: TBooking) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="resource-mine-title">
      <h2 id="resource-mine-title">{t('facilities.detail.myBookings')}</h2>
      {mine.error ? (
        <ErrorMessage error={mine.error} onRetry={mine.reload} />
      ) : !mine.data ? (
        <Loading />
      ) : mine.data.items.length === 0 ? (
        <EmptyState>
          <p>{t('facilities.detail.noBookings')}</p>
        </EmptyState>
      ) : (
        <BookingList
          bookings={mine.data.items}
          locale={locale}
          caption={t('facilities.detail.myBookingsCaption', { title })}
          showResource={false}
          actions={['cancel']}
          onChange={onChange}
        />
      )}
    </section>
  );
}
