/** /registrations — the signed-in user's event registrations, soonest first, each with its status and QR code. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { EmptyState, ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { useHead } from '../../../shared/lib/head';
import { useSession } from '../../../shared/session/session';
import { MY_REGISTRATIONS_PATH } from '../api';
import { RegistrationCard } from '../components/RegistrationCard';
import { formatDay } from '../sofia-time';
import { eventTitle } from '../texts';
import type { TMyRegistration } from '../../../../src/contract/events';

export function MyRegistrationsPage() {
  return (
    <RequireAuth>
      <MyRegistrations />
    </RequireAuth>
  );
}

function MyRegistrations() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { data, error, loading, reload, setData } = useApi<{ items: TMyRegistration[] } | TMyRegistration[]>(
    MY_REGISTRATIONS_PATH,
  );
  useHead(t('events.mine.title'));
  // The list may come bare or wrapped in { items }; both are read the same way.
  const items: TMyRegistration[] = data ? (Array.isArray(data) ? data : data.items) : [];
  const replace = (r: TMyRegistration) => setData(items.map((x) => (x.id === r.id ? { ...r, event: x.event } : x)));

  return (
    <div className="container section">
      <div className="page-head">
        <h1>{t('events.mine.title')}</h1>
        <div className="page-head__actions">
          <Link className="button button--secondary" to="/events">
            {t('events.mine.browse')}
          </Link>
        </div>
      </div>
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && items.length === 0 ? (
        <EmptyState>
          <p>{t('events.mine.empty')}</p>
        </EmptyState>
      ) : null}
      <ul className="plain-list my-registrations">
        {items.map((r) => (
          <li key={r.id} className="my-registrations__item">
            <h2 className="my-registrations__event">
              <Link to={`/events/${r.event.slug}`}>{eventTitle(r.event, locale)}</Link>
              {r.event.firstStartsAt ? (
                <span className="muted my-registrations__date"> · {formatDay(r.event.firstStartsAt, locale)}</span>
              ) : null}
            </h2>
            <RegistrationCard registration={r} onChange={(next) => replace(next as TMyRegistration)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
