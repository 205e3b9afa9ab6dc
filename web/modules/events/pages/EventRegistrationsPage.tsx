/**
 * /events/:slug/registrations — staff: every registration by status; approve or reject pending ones, cancel,
 * and the waiting list in its order with move up / move down (a reason is required: the move is audited).
 */
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { EmptyState, ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { useHead } from '../../../shared/lib/head';
import { meansNotFound } from '../../../shared/lib/errors';
import { mayManageEvents } from '../access';
import { useSession } from '../../../shared/session/session';
import { eventPath } from '../api';
import { AttendanceSection } from '../components/AttendanceSection';
import { EventError } from '../components/EventError';
import { ReasonDialog } from '../components/ReasonDialog';
import { RegistrationGroup } from '../components/RegistrationGroup';
import type { TRowActions } from '../components/RegistrationRow';
import { useRegistrationDesk } from '../hooks/useRegistrationDesk';
import { groupByStatus, waitlistIds } from '../model/registration-groups';
import { eventTitle } from '../texts';
import type { TEvent } from '../../../../src/contract/events';
import { NotFoundPage } from '../../../app/NotFoundPage';

export function EventRegistrationsPage() {
  return (
    <RequireAuth allow={mayManageEvents}>
      <RegistrationsLoader />
    </RequireAuth>
  );
}

function RegistrationsLoader() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const event = useApi<TEvent>(eventPath(slug));
  useHead(t('events.registrations.title'));
  if (event.error) {
    if (meansNotFound(event.error)) return <NotFoundPage />;
    return (
      <div className="container section">
        <ErrorMessage error={event.error} onRetry={event.reload} />
      </div>
    );
  }
  if (!event.data) return <Loading />;
  return <RegistrationsView event={event.data} />;
}

function RegistrationsView({ event: e }: { event: TEvent }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const desk = useRegistrationDesk(e);
  const { data, action, reasonFor } = desk;
  const items = data?.items ?? [];
  const groups = groupByStatus(items);
  const waitIds = waitlistIds(groups);
  const actions: TRowActions = {
    busy: action.busy,
    approve: desk.approve,
    cancel: desk.cancel,
    askReason: desk.setReasonFor,
  };
  const title = eventTitle(e, locale);

  return (
    <div className="container section event-registrations">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to={`/events/${e.slug}`}>{title}</Link>
      </nav>
      <div className="page-head">
        <h1>{t('events.registrations.title')}</h1>
        <div className="page-head__actions">
          <Link className="button" to={`/events/${e.slug}/check-in`}>
            {t('events.detail.checkIn')}
          </Link>
        </div>
      </div>
      <p className="check-in-page__event">{title}</p>
      <p>
        {e.capacity === null
          ? t('events.registrations.summaryUnlimited', { taken: e.seatsTaken, waiting: e.waitlistCount })
          : t('events.registrations.summary', { taken: e.seatsTaken, capacity: e.capacity, waiting: e.waitlistCount })}
      </p>
      <AttendanceSection event={e} registrations={items} />
      <EventError error={action.error} />
      {desk.error ? <ErrorMessage error={desk.error} onRetry={desk.reload} /> : null}
      {desk.loading && !data ? <Loading /> : null}
      {data && items.length === 0 ? (
        <EmptyState>
          <p>{t('events.registrations.empty')}</p>
        </EmptyState>
      ) : null}
      {groups.map((group) => (
        <RegistrationGroup key={group.status} group={group} waitIds={waitIds} actions={actions} />
      ))}
      {reasonFor ? (
        <ReasonDialog
          reasonFor={reasonFor}
          reason={desk.reason}
          onReason={desk.setReason}
          busy={action.busy}
          error={action.error}
          onSubmit={(ev) => void desk.onReason(ev)}
          onCancel={() => desk.setReasonFor(null)}
        />
      ) : null}
    </div>
  );
}
