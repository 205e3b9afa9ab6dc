/**
 * The event page's registration part: the caller's active registrations, else the way to register (sign in, the
 * form, or why it is closed), and the past registrations folded away.
 */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { useSession } from '../../../shared/session/session';
import { isActive } from '../texts';
import type { TEvent, TRegistration } from '../../../../src/contract/events';
import { RegistrationCard } from './RegistrationCard';
import { RegistrationForm } from './RegistrationForm';

export function EventRegisterSection({
  event: e,
  justRegistered,
  onChange,
  onRegistered,
}: {
  event: TEvent;
  /** The registration just taken on this page, announced above the cards. */
  justRegistered: TRegistration | null;
  onChange: (r: TRegistration) => void;
  onRegistered: (r: TRegistration) => void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const active = e.myRegistrations.filter(isActive);
  const past = e.myRegistrations.filter((r) => !isActive(r));
  return (
    <section aria-labelledby="event-register-title" className="event-page__register">
      <h2 id="event-register-title">{t('events.detail.register')}</h2>
      {justRegistered ? (
        <Notice>
          {t(`events.detail.registered.${justRegistered.status}`, {
            defaultValue: t('events.detail.registered.other'),
          })}
        </Notice>
      ) : null}
      {active.map((r) => (
        <RegistrationCard key={r.id} registration={r} onChange={onChange} />
      ))}
      {active.length === 0 ? (
        !me.user ? (
          <p>
            <Link className="button" to={`/sign-in?next=${encodeURIComponent(`/events/${e.slug}`)}`}>
              {t('events.detail.signInToRegister')}
            </Link>
          </p>
        ) : e.abilities.register && e.registrationOpen ? (
          <RegistrationForm event={e} onRegistered={onRegistered} />
        ) : (
          <p className="callout">{t('events.detail.registrationClosed')}</p>
        )
      ) : null}
      {past.length ? (
        <details className="event-page__past">
          <summary>{t('events.detail.pastRegistrations', { count: past.length })}</summary>
          {past.map((r) => (
            <RegistrationCard key={r.id} registration={r} onChange={onChange} />
          ))}
        </details>
      ) : null}
    </section>
  );
}
