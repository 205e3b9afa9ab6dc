/**
 * /events/:slug — rendered on the server: the event, its sessions in Sofia time, seats, and the registration
 * form; after registering, the registration with its QR code, calendar file and the actions it allows.
 */
import { useCallback, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { apiGet } from '../../../shared/lib/api';
import { loadJson, LoaderError, type TLoader } from '../../../app/route-data';
import { useSession } from '../../../shared/session/session';
import { formatCents } from '../../services/money';
import { eventIcsPath, eventPath } from '../api';
import { RegistrationCard } from '../components/RegistrationCard';
import { RegistrationForm } from '../components/RegistrationForm';
import { SeatsBadge } from '../components/SeatsBadge';
import { formatSpan } from '../sofia-time';
import { eventDescription, eventTitle, isActive, paragraphs, sessionTitle } from '../texts';
import type { TEvent, TRegistration } from '../../../../src/contract/events';
import { webHref } from '../../../../src/contract/web-url';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const eventLoader: TLoader<TEvent> = async (fetchJson, params) => {
  const slug = params.slug ?? '';
  if (!SLUG.test(slug)) throw new LoaderError(404, 'not_found');
  return loadJson<TEvent>(fetchJson, eventPath(slug));
};

export function EventPage({ data }: { data: TEvent }) {
  const { t } = useTranslation();
  const { me, locale } = useSession();
  const location = useLocation();
  const [event, setEvent] = useState(data);
  const [justRegistered, setJustRegistered] = useState<TRegistration | null>(null);
  const e = event;
  const title = eventTitle(e, locale);
  const texts = paragraphs(eventDescription(e, locale));
  useHead(title, texts[0]);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;

  // A registration taken, changed or cancelled moves the seats and the waiting list too: show the registration at
  // once, then the event as the server now counts it (seats left, waiting), so nothing stays stale until a reload.
  const slug = data.slug;
  const refreshEvent = useCallback(async () => {
    try {
      const fresh = await apiGet<TEvent>(eventPath(slug));
      // The server lists the caller's own registrations; one staff just took for someone else stays shown too.
      setEvent((old) => ({
        ...fresh,
        myRegistrations: [
          ...old.myRegistrations.filter((r) => !fresh.myRegistrations.some((x) => x.id === r.id)),
          ...fresh.myRegistrations,
        ],
      }));
    } catch {
      // Keep what is shown; the registration itself is already there and a reload shows the fresh count.
    }
  }, [slug]);
  const replaceRegistration = (r: TRegistration) => {
    setEvent((old) => ({
      ...old,
      myRegistrations: old.myRegistrations.some((x) => x.id === r.id)
        ? old.myRegistrations.map((x) => (x.id === r.id ? r : x))
        : [r, ...old.myRegistrations],
    }));
    void refreshEvent();
  };
  const active = e.myRegistrations.filter(isActive);
  const past = e.myRegistrations.filter((r) => !isActive(r));
  const aid = e.valuePerParticipantCents - e.pricePerParticipantCents;

  return (
    <div className="container section event-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/events">{t('events.detail.back')}</Link>
      </nav>
      {saved ? <Notice>{t('events.detail.saved')}</Notice> : null}
      <p className="event-page__type">{t(`events.types.${e.type}`)}</p>
      <div className="page-head">
        <h1>{title}</h1>
        {e.abilities.manage || e.abilities.checkIn ? (
          <div className="page-head__actions">
            {e.abilities.manage ? (
              <>
                <Link className="button button--secondary" to={`/events/${e.slug}/edit`}>
                  {t('events.detail.edit')}
                </Link>
                <Link className="button button--secondary" to={`/events/${e.slug}/registrations`}>
                  {t('events.detail.registrations')}
                </Link>
              </>
            ) : null}
            {e.abilities.checkIn ? (
              <Link className="button" to={`/events/${e.slug}/check-in`}>
                {t('events.detail.checkIn')}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
      {e.published ? null : <p className="badge badge--warn">{t('events.card.unpublished')}</p>}

      <div className="layout-2">
        <div className="layout-2__main">
          <section aria-labelledby="event-about-title">
            <h2 id="event-about-title" className="visually-hidden">
              {t('events.detail.about')}
            </h2>
            {texts.map((p, i) => (
              <p key={i} className={i === 0 ? 'event-page__lead' : undefined}>
                {p}
              </p>
            ))}
          </section>

          <section aria-labelledby="event-sessions-title">
            <h2 id="event-sessions-title">{t('events.detail.sessions')}</h2>
            <ol className="event-sessions">
              {e.sessions.map((s) => (
                <li key={s.id} className="event-sessions__item">
                  <p className="event-sessions__when">{formatSpan(s.startsAt, s.endsAt, locale)}</p>
                  {sessionTitle(s, locale) ? <p className="event-sessions__title">{sessionTitle(s, locale)}</p> : null}
                  {s.location ? <p className="muted">{s.location}</p> : null}
                </li>
              ))}
            </ol>
            <p className="muted">{t('events.detail.timeZone')}</p>
            <p>
              <a href={eventIcsPath(e.slug)} download>
                {t('events.detail.addToCalendar')}
              </a>
            </p>
          </section>

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
              <RegistrationCard key={r.id} registration={r} onChange={replaceRegistration} />
            ))}
            {active.length === 0 ? (
              !me.user ? (
                <p>
                  <Link className="button" to={`/sign-in?next=${encodeURIComponent(`/events/${e.slug}`)}`}>
                    {t('events.detail.signInToRegister')}
                  </Link>
                </p>
              ) : e.abilities.register && e.registrationOpen ? (
                <RegistrationForm
                  event={e}
                  onRegistered={(r) => {
                    setJustRegistered(r);
                    replaceRegistration(r);
                  }}
                />
              ) : (
                <p className="callout">{t('events.detail.registrationClosed')}</p>
              )
            ) : null}
            {past.length ? (
              <details className="event-page__past">
                <summary>{t('events.detail.pastRegistrations', { count: past.length })}</summary>
                {past.map((r) => (
                  <RegistrationCard key={r.id} registration={r} onChange={replaceRegistration} />
                ))}
              </details>
            ) : null}
          </section>
        </div>

        <aside className="layout-2__side" aria-label={t('events.detail.facts')}>
          <section className="panel event-facts" aria-labelledby="event-facts-title">
            <h2 id="event-facts-title">{t('events.detail.facts')}</h2>
            <dl>
              <dt>{t('events.detail.seats')}</dt>
              <dd>
                <SeatsBadge event={e} />
              </dd>
              {e.venue ? (
                <>
                  <dt>{t('events.detail.venue')}</dt>
                  <dd>{e.venue}</dd>
                </>
              ) : null}
              {e.onlineUrl ? (
                <>
                  <dt>{t('events.detail.online')}</dt>
                  <dd>
                    <a href={webHref(e.onlineUrl)} rel="noopener noreferrer">
                      {t('events.detail.onlineLink')}
                    </a>
                  </dd>
                </>
              ) : null}
              {e.organiser ? (
                <>
                  <dt>{t('events.detail.organiser')}</dt>
                  <dd>{e.organiser.name}</dd>
                </>
              ) : null}
              {e.registrationClosesAt ? (
                <>
                  <dt>{t('events.detail.registrationCloses')}</dt>
                  <dd>{formatDateTime(e.registrationClosesAt, locale)}</dd>
                </>
              ) : null}
              <dt>{t('events.detail.price')}</dt>
              <dd>
                {e.pricePerParticipantCents === 0
                  ? t('events.detail.free')
                  : formatCents(e.pricePerParticipantCents, locale)}
              </dd>
              {aid > 0 ? (
                <>
                  <dt>{t('events.detail.aid')}</dt>
                  <dd>{t(`events.detail.aidBasis.${e.aidBasis}`, { amount: formatCents(aid, locale) })}</dd>
                </>
              ) : null}
              <dt>{t('events.detail.cancellation')}</dt>
              <dd>{t('events.detail.cancellationHours', { count: e.cancellationDeadlineHours })}</dd>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}
