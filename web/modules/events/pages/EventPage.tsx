/**
 * /events/:slug — rendered on the server: the event, its sessions in Sofia time, seats, and the registration
 * form; after registering, the registration with its QR code, calendar file and the actions it allows.
 */
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { loadJson, LoaderError, type TLoader } from '../../../app/route-data';
import { useSession } from '../../../shared/session/session';
import { eventPath } from '../api';
import { EventFacts } from '../components/EventFacts';
import { EventRegisterSection } from '../components/EventRegisterSection';
import { EventSessions } from '../components/EventSessions';
import { useLiveEvent } from '../hooks/useLiveEvent';
import { eventDescription, eventTitle, paragraphs } from '../texts';
import type { TEvent } from '../../../../src/contract/events';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const eventLoader: TLoader<TEvent> = async (fetchJson, params) => {
  const slug = params.slug ?? '';
  if (!SLUG.test(slug)) throw new LoaderError(404, 'not_found');
  return loadJson<TEvent>(fetchJson, eventPath(slug));
};

export function EventPage({ data }: { data: TEvent }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const location = useLocation();
  const { event: e, justRegistered, replaceRegistration, onRegistered } = useLiveEvent(data);
  const title = eventTitle(e, locale);
  const texts = paragraphs(eventDescription(e, locale));
  useHead(title, texts[0]);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;

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
          <EventSessions event={e} />
          <EventRegisterSection
            event={e}
            justRegistered={justRegistered}
            onChange={replaceRegistration}
            onRegistered={onRegistered}
          />
        </div>
        <EventFacts event={e} />
      </div>
    </div>
  );
}
