import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/components/Field';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { EmptyState, ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { withQuery } from '../../../shared/lib/api';
import { useHead } from '../../../shared/lib/head';
import { mayManageFacilities } from '../access';
import { BookingList } from '../components/BookingList';
import { UsageReport } from '../components/UsageReport';
import { localTitle } from '../texts';
import { BOOKING_STATUSES, type TBooking, type TResourceSummary } from '../../../../src/contract/facilities';
import { useSession } from '../../../shared/session/session';

/** /facilities/bookings (staff): approvals, every booking with filters, deliveries from ended bookings, usage. */
export function BookingsAdminPage() {
  return (
    <RequireAuth allow={mayManageFacilities}>
      <BookingsAdmin />
    </RequireAuth>
  );
}

function BookingsAdmin() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [search, setSearch] = useSearchParams();
  const resourceId = search.get('resourceId') ?? '';
  const status = search.get('status') ?? '';
  useHead(t('facilities.admin.title'));
  const pending = useApi<{ items: TBooking[] }>('/api/v1/bookings?status=pending');
  const all = useApi<{ items: TBooking[] }>(withQuery('/api/v1/bookings', { resourceId, status }));
  const resources = useApi<{ items: TResourceSummary[] }>('/api/v1/resources');
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const changed = () => {
    pending.reload();
    all.reload();
  };

  return (
    <div className="container section bookings-admin">
      <h1>{t('facilities.admin.title')}</h1>
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t('facilities.admin.pending')}</h2>
        {pending.error ? (
          <ErrorMessage error={pending.error} onRetry={pending.reload} />
        ) : !pending.data ? (
          <Loading />
        ) : pending.data.items.length === 0 ? (
          <EmptyState>
            <p>{t('facilities.admin.noPending')}</p>
          </EmptyState>
        ) : (
          <BookingList
            bookings={pending.data.items}
            locale={locale}
            caption={t('facilities.admin.pending')}
            actions={['approve']}
            onChange={changed}
          />
        )}
      </section>

      <section aria-labelledby="all-title">
        <h2 id="all-title">{t('facilities.admin.all')}</h2>
        <div className="fac-row bookings-admin__filters">
          <SelectField
            id="filter-resource"
            label={t('facilities.bookings.resource')}
            value={resourceId}
            onValue={(v) => setFilter('resourceId', v)}
            placeholder={t('common.all')}
            options={(resources.data?.items ?? []).map((r) => ({ value: r.id, label: localTitle(r, locale) }))}
          />
          <SelectField
            id="filter-status"
            label={t('facilities.bookings.status')}
            value={status}
            onValue={(v) => setFilter('status', v)}
            placeholder={t('common.all')}
            options={BOOKING_STATUSES.map((s) => ({ value: s, label: t(`facilities.status.${s}`) }))}
          />
        </div>
        {all.error ? (
          <ErrorMessage error={all.error} onRetry={all.reload} />
        ) : !all.data ? (
          <Loading />
        ) : all.data.items.length === 0 ? (
          <EmptyState>
            <p>{t('facilities.admin.none')}</p>
          </EmptyState>
        ) : (
          <BookingList
            bookings={all.data.items}
            locale={locale}
            caption={t('facilities.admin.all')}
            actions={['cancel', 'record']}
            onChange={changed}
          />
        )}
      </section>

      <UsageReport locale={locale} />
    </div>
  );
}
