/** One registration in the staff list: who, seats and when, its status, and what staff may do with it. */
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import type { TReasonFor } from '../hooks/useRegistrationDesk';
import { staffMayCancel } from '../model/registration-groups';
import { waitlistMove } from '../texts';
import type { TRegistration, TRegistrationStatus } from '../../../../src/contract/events';
import { RegistrationStatusBadge } from './StatusBadge';

/** What a row may ask for; `busy` while one change is under way. */
export interface TRowActions {
  busy: boolean;
  approve: (r: TRegistration) => void;
  cancel: (r: TRegistration) => void;
  askReason: (reasonFor: TReasonFor) => void;
}

export function RegistrationRow({
  registration: r,
  status,
  index,
  waitIds,
  actions,
}: {
  registration: TRegistration;
  status: TRegistrationStatus;
  /** The row's place in its group (the waiting list's rank when the server sends none). */
  index: number;
  waitIds: readonly string[];
  actions: TRowActions;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const { busy } = actions;
  return (
    <li className="registration-row">
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
            <button type="button" className="button button--small" disabled={busy} onClick={() => actions.approve(r)}>
              {t('events.registrations.approve')}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={busy}
              onClick={() => actions.askReason({ kind: 'reject', registration: r })}
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
                  disabled={busy || before === undefined}
                  onClick={() =>
                    before !== undefined && actions.askReason({ kind: 'move', registration: r, before, direction: dir })
                  }
                >
                  {t(`events.registrations.move.${dir}`)}
                  <span className="visually-hidden">: {r.contactName}</span>
                </button>
              );
            })
          : null}
        {staffMayCancel(status) ? (
          <button
            type="button"
            className="button button--small button--danger-ghost"
            disabled={busy}
            onClick={() => actions.cancel(r)}
          >
            {t('events.registration.actions.cancel')}
            <span className="visually-hidden">: {r.contactName}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}
