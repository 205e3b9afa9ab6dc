/**
 * /registrations/:id/:action?token=… — the one-click links of the waiting-list e-mails (accept or decline an
 * offer, leave the waiting list). Nothing happens on opening the link (mail scanners open links too): the
 * page asks for one confirming click, then shows the result. The token stands in for signing in.
 */
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { useSession } from '../../../shared/session/session';
import { REGISTRATION_ACTIONS, registrationAction, type TRegistrationAction } from '../api';
import { EventError } from '../components/EventError';
import { RegistrationStatusBadge } from '../components/StatusBadge';
import type { TRegistration } from '../../../../src/contract/events';
import { NotFoundPage } from '../../../app/NotFoundPage';

export function RegistrationActionPage() {
  const { id = '', action = '' } = useParams();
  if (!(REGISTRATION_ACTIONS as readonly string[]).includes(action) || !/^[0-9a-f-]{36}$/i.test(id))
    return <NotFoundPage />;
  return <ActionView id={id} action={action as TRegistrationAction} />;
}

function ActionView({ id, action }: { id: string; action: TRegistrationAction }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [search] = useSearchParams();
  const token = search.get('token') ?? undefined;
  const { busy, error, run } = useAction();
  const [done, setDone] = useState<TRegistration | null>(null);
  useHead(t(`events.action.${action}.title`));

  const go = async () => {
    const r = await run(() => registrationAction(id, action, token));
    if (r) setDone(r);
  };

  return (
    <div className="container section">
      <section className="panel panel--narrow registration-action" aria-labelledby="registration-action-title">
        <h1 id="registration-action-title">{t(`events.action.${action}.title`)}</h1>
        {done ? (
          <>
            <Notice>
              <p>{t(`events.action.${action}.done`)}</p>
            </Notice>
            <p>
              {t('events.action.status')}: <RegistrationStatusBadge status={done.status} />
            </p>
            {done.status === 'waitlisted' && done.waitlistPosition ? (
              <p>{t('events.registration.explain.waitlisted', { position: done.waitlistPosition })}</p>
            ) : null}
            {done.status === 'offered' && done.offerExpiresAt ? (
              <p>{t('events.registration.explain.offered', { until: formatDateTime(done.offerExpiresAt, locale) })}</p>
            ) : null}
            <p className="actions">
              <Link className="button button--secondary" to="/events">
                {t('events.action.toEvents')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <p>{t(`events.action.${action}.text`)}</p>
            <EventError error={error} />
            <p className="actions">
              <button
                type="button"
                className={action === 'accept-offer' ? 'button' : 'button button--danger'}
                disabled={busy}
                onClick={() => void go()}
              >
                {t(`events.registration.actions.${action}`)}
              </button>
              <Link className="button button--secondary" to="/events">
                {t('events.action.notNow')}
              </Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
