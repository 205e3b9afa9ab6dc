/**
 * /events/:slug/registrations — staff: every registration by status; approve or reject pending ones, cancel,
 * and the waiting list in its order with move up / move down (a reason is required: the move is audited).
 */
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { TextAreaField } from '../../../shared/components/Field';
import { EmptyState, ErrorMessage, Loading } from '../../../shared/components/Status';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { meansNotFound } from '../../../shared/lib/errors';
import { FormDialog } from '../../requests/components/FormDialog';
import { mayManageEvents } from '../access';
import { useSession } from '../../../shared/session/session';
import {
  approveRegistration,
  cancelRegistration,
  eventPath,
  registrationsPath,
  rejectRegistration,
  reorderWaitlist,
} from '../api';
import { AttendanceSection } from '../components/AttendanceSection';
import { EventError } from '../components/EventError';
import { RegistrationStatusBadge } from '../components/StatusBadge';
import { eventTitle, waitlistMove } from '../texts';
import {
  REGISTRATION_STATUSES,
  type TEvent,
  type TRegistration,
  type TRegistrationStatus,
} from '../../../../src/contract/events';
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

/** A pending decision that needs a reason: rejecting, or moving someone on the waiting list. */
type TReasonFor =
  | { kind: 'reject'; registration: TRegistration }
  | { kind: 'move'; registration: TRegistration; before: string | null; direction: 'up' | 'down' };

const ORDER: TRegistrationStatus[] = [
  'pending',
  'offered',
  'waitlisted',
  'confirmed',
  'cancelled',
  'declined',
  'expired',
  'rejected',
];

function RegistrationsView({ event: e }: { event: TEvent }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const { data, error, loading, reload } = useApi<{ items: TRegistration[] }>(registrationsPath(e.id));
  const action = useAction();
  const [reasonFor, setReasonFor] = useState<TReasonFor | null>(null);
  const [reason, setReason] = useState('');

  const after = async (fn: () => Promise<unknown>) => {
    const ok = await action.run(fn);
    if (ok !== undefined) reload();
    return ok !== undefined;
  };

  const onReason = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!reasonFor || !reason.trim()) return;
    const r = reasonFor;
    const done = await after(() =>
      r.kind === 'reject'
        ? rejectRegistration(r.registration.id, reason.trim())
        : reorderWaitlist(e.id, r.registration.id, r.before, reason.trim()),
    );
    if (done) {
      setReasonFor(null);
      setReason('');
    }
  };

  const items = data?.items ?? [];
  const byStatus = new Map<TRegistrationStatus, TRegistration[]>(REGISTRATION_STATUSES.map((s) => [s, []]));
  for (const r of items) byStatus.get(r.status)?.push(r);
  const waitIds = (byStatus.get('waitlisted') ?? []).map((r) => r.id);
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
      {error ? <ErrorMessage error={error} onRetry={reload} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && items.length === 0 ? (
        <EmptyState>
          <p>{t('events.registrations.empty')}</p>
        </EmptyState>
      ) : null}
      {ORDER.filter((s) => (byStatus.get(s) ?? []).length > 0).map((status) => (
        <section key={status} className="panel" aria-labelledby={`regs-${status}`}>
          <h2 id={`regs-${status}`}>
            {t(`events.status.${status}`)} <span className="muted">({byStatus.get(status)!.length})</span>
          </h2>
          <ol className={`plain-list registration-rows${status === 'waitlisted' ? ' registration-rows--ranked' : ''}`}>
            {byStatus.get(status)!.map((r, index) => (
              <li key={r.id} className="registration-row">
                <div className="registration-row__who">
                  {status === 'waitlisted' ? (
                    <span className="registration-row__rank">{r.waitlistPosition ?? index + 1}.</span>
                  ) : null}
                  <strong>{r.contactName}</strong>
                  {r.organisationName ? <span> · {r.organisationName}</span> : null}
                  <span className="muted"> · {r.contactEmail}</span>
                </div>
                <div className="registration-row__meta muted">
                  {t('events.registrations.seats', { count: r.seats })} · {formatDateTime(r.createdAt, locale)}{' '}
                  <RegistrationStatusBadge status={r.status} />
                  {r.status === 'offered' && r.offerExpiresAt ? (
                    <>
                      {' '}
                      · {t('events.registration.offerUntil')}: {formatDateTime(r.offerExpiresAt, locale)}
                    </>
                  ) : null}
                </div>
                <div className="registration-row__actions">
                  {status === 'pending' ? (
                    <>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={action.busy}
                        onClick={() => void after(() => approveRegistration(r.id))}
                      >
                        {t('events.registrations.approve')}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        disabled={action.busy}
                        onClick={() => setReasonFor({ kind: 'reject', registration: r })}
                      >
                        {t('events.registrations.reject')}
                      </button>
                    </>
                  ) : null}
                  {status === 'waitlisted'
                    ? (['up', 'down'] as const).map((dir) => {
                        const before = waitlistMove(waitIds, index, dir);
                        return (
                          <button
                            key={dir}
                            type="button"
                            className="button button--small button--secondary"
                            disabled={action.busy || before === undefined}
                            onClick={() =>
                              before !== undefined &&
                              setReasonFor({ kind: 'move', registration: r, before, direction: dir })
                            }
                          >
                            {t(`events.registrations.move.${dir}`)}
                            <span className="visually-hidden">: {r.contactName}</span>
                          </button>
                        );
                      })
                    : null}
                  {['pending', 'confirmed', 'waitlisted', 'offered'].includes(status) ? (
                    <button
                      type="button"
                      className="button button--small button--danger-ghost"
                      disabled={action.busy}
                      onClick={() =>
                        void confirm(t('events.registrations.cancelConfirm', { name: r.contactName }), {
                          confirmLabel: t('events.registration.actions.cancel'),
                        }).then((ok) => ok && after(() => cancelRegistration(r.id)))
                      }
                    >
                      {t('events.registration.actions.cancel')}
                      <span className="visually-hidden">: {r.contactName}</span>
                    </button>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {reasonFor ? (
        <FormDialog
          titleId="reason-dialog-title"
          title={
            reasonFor.kind === 'reject'
              ? t('events.registrations.rejectTitle')
              : t(`events.registrations.moveTitle.${reasonFor.direction}`)
          }
          onCancel={() => setReasonFor(null)}
        >
          <form onSubmit={(ev) => void onReason(ev)}>
            <p>{reasonFor.registration.contactName}</p>
            <TextAreaField
              id="reason"
              label={t('events.registrations.reason')}
              value={reason}
              onValue={setReason}
              required
              rows={3}
              maxLength={2000}
            />
            <EventError error={action.error} />
            <div className="dialog__actions">
              <button type="button" className="button button--secondary" onClick={() => setReasonFor(null)}>
                {t('confirm.cancel')}
              </button>
              <button type="submit" className="button" disabled={action.busy || !reason.trim()}>
                {reasonFor.kind === 'reject' ? t('events.registrations.reject') : t('events.registrations.moveSubmit')}
              </button>
            </div>
          </form>
        </FormDialog>
      ) : null}
    </div>
  );
}
