import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading, Notice } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { withQuery } from '../../../shared/lib/api';
import { formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { loadJson, LoaderError, type TLoader } from '../../../app/route-data';
import { shiftView, viewRange, weekStart } from '../../events/grid';
import { viewTitle } from '../../events/labels';
import { addDays, sofiaToday } from '../../events/calendar-sofia-time';
import { availabilityPath } from '../api';
import { AvailabilityWeek } from '../components/AvailabilityWeek';
import { BookingForm } from '../components/BookingForm';
import { BookingList } from '../components/BookingList';
import { Requirements } from '../components/ResourceCard';
import { describeRule } from '../rules';
import { localTitle, perHour } from '../texts';
import type { TAvailability, TBooking, TResourceDetail } from '../../../../src/contract/facilities';
import { paragraphs } from '../../services/texts';
import { useSession } from '../../../shared/session/session';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The resource, loaded on the server so its description and opening hours read without JavaScript. */
export const resourceLoader: TLoader<TResourceDetail> = async (fetchJson, params) => {
  const slug = params.slug ?? '';
  if (!SLUG.test(slug)) throw new LoaderError(404, 'not_found');
  return loadJson<TResourceDetail>(fetchJson, `/api/v1/resources/${slug}`);
};

/** /facilities/:slug: what the resource is, when it is open, its week, the booking form and my bookings. */
export function ResourcePage({ data: r }: { data: TResourceDetail }) {
  const { t } = useTranslation();
  const { me, locale } = useSession();
  const location = useLocation();
  const title = localTitle(r, locale);
  const texts = paragraphs(locale === 'en' ? r.descriptionEn || r.descriptionBg : r.descriptionBg);
  useHead(title, texts[0]);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const [week, setWeek] = useState(() => weekStart(sofiaToday()));
  const range = viewRange('week', week);
  const availability = useApi<TAvailability>(availabilityPath(r.id, range.from, range.to));
  const signedIn = !!me.user;
  const mine = useApi<{ items: TBooking[] }>(
    signedIn ? withQuery('/api/v1/bookings', { resourceId: r.id, from: new Date().toISOString() }) : null,
  );
  const now = Date.now();
  const upcomingExceptions = r.exceptions.filter((x) => Date.parse(x.endsAt) > now);

  const refresh = () => {
    availability.reload();
    mine.reload();
  };
  const replaceBooking = (b: TBooking) => {
    if (mine.data) mine.setData({ items: mine.data.items.map((x) => (x.id === b.id ? b : x)) });
    availability.reload();
  };

  return (
    <div className="container section resource-page">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <Link to="/facilities">{t('facilities.detail.back')}</Link>
      </nav>
      {saved ? <Notice>{t('facilities.detail.saved')}</Notice> : null}
      <p className="resource-card__kind">{t(`facilities.kinds.${r.kind}`)}</p>
      <div className="page-head">
        <h1>{title}</h1>
        {r.abilities.manage ? (
          <div className="page-head__actions">
            <Link className="button button--secondary" to={`/facilities/${r.slug}/edit`}>
              {t('facilities.detail.edit')}
            </Link>
          </div>
        ) : null}
      </div>

      <div className="resource-page__layout">
        <div className="resource-page__main">
          {texts.map((p, i) => (
            <p key={i} className={i === 0 ? 'service-page__lead' : undefined}>
              {p}
            </p>
          ))}

          <section aria-labelledby="resource-hours-title">
            <h2 id="resource-hours-title">{t('facilities.detail.hours')}</h2>
            {r.rules.length ? (
              <ul className="resource-hours">
                {r.rules.map((rule, i) => (
                  <li key={rule.id ?? i}>
                    {describeRule(t, rule)}
                    {rule.validUntil ? ` (${t('facilities.rules.until', { date: rule.validUntil })})` : null}
                    {rule.note ? <span className="resource-hours__note"> — {rule.note}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('facilities.detail.noHours')}</p>
            )}
            {upcomingExceptions.length ? (
              <>
                <h3>{t('facilities.detail.exceptions')}</h3>
                <ul className="resource-hours">
                  {upcomingExceptions.map((x) => (
                    <li key={x.id}>
                      <strong>{t(`facilities.exceptions.${x.kind}`)}</strong>: {formatDateTime(x.startsAt, locale)} –{' '}
                      {formatDateTime(x.endsAt, locale)}
                      {x.reason ? ` — ${x.reason}` : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>

          <section aria-labelledby="resource-week-title" className="resource-week">
            <div className="resource-week__head">
              <h2 id="resource-week-title">
                {t('facilities.detail.week', { range: viewTitle('week', week, locale) })}
              </h2>
              <div className="resource-week__nav">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setWeek(shiftView('week', week, -1))}
                >
                  <span aria-hidden="true">‹ </span>
                  {t('calendar.previous.week')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setWeek(shiftView('week', week, 1))}
                >
                  {t('calendar.next.week')}
                  <span aria-hidden="true"> ›</span>
                </button>
              </div>
            </div>
            <ul className="avail-legend" aria-hidden="true">
              <li className="avail-legend__open">{t('facilities.availability.open')}</li>
              <li className="avail-legend__busy">{t('facilities.availability.busy')}</li>
              <li className="avail-legend__mine">{t('facilities.availability.mine')}</li>
            </ul>
            {availability.error ? (
              <ErrorMessage error={availability.error} onRetry={availability.reload} />
            ) : availability.data ? (
              <AvailabilityWeek availability={availability.data} date={week} locale={locale} />
            ) : (
              <Loading />
            )}
          </section>

          {signedIn ? (
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
                  onChange={replaceBooking}
                />
              )}
            </section>
          ) : null}
        </div>

        <aside className="resource-page__side" aria-label={t('facilities.detail.facts')}>
          <section className="panel service-facts" aria-labelledby="resource-facts-title">
            <h2 id="resource-facts-title">{t('facilities.detail.facts')}</h2>
            <dl>
              {r.owner ? (
                <>
                  <dt>{t('facilities.fields.owner')}</dt>
                  <dd>{r.owner.name}</dd>
                </>
              ) : null}
              {r.location ? (
                <>
                  <dt>{t('facilities.fields.location')}</dt>
                  <dd>{r.location}</dd>
                </>
              ) : null}
              <dt>{t('facilities.fields.capacity')}</dt>
              <dd>{t('facilities.seats', { count: r.capacity })}</dd>
              <dt>{t('facilities.fields.value')}</dt>
              <dd>{perHour(t, r.valuePerHourCents, locale)}</dd>
              <dt>{t('facilities.fields.price')}</dt>
              <dd>{perHour(t, r.pricePerHourCents, locale, true)}</dd>
              {r.minBookingMinutes && r.maxBookingMinutes ? (
                <>
                  <dt>{t('facilities.fields.length')}</dt>
                  <dd>{t('facilities.detail.length', { min: r.minBookingMinutes, max: r.maxBookingMinutes / 60 })}</dd>
                </>
              ) : null}
              {r.cancellationHours !== undefined ? (
                <>
                  <dt>{t('facilities.fields.cancellation')}</dt>
                  <dd>{t('facilities.detail.cancellation', { count: r.cancellationHours })}</dd>
                </>
              ) : null}
            </dl>
            <Requirements resource={r} locale={locale} />
          </section>

          <section className="panel" aria-labelledby="resource-book-title">
            <h2 id="resource-book-title">{t('facilities.book.title')}</h2>
            {!signedIn ? (
              <p>
                <Link to={`/sign-in?next=${encodeURIComponent(`/facilities/${r.slug}`)}`}>
                  {t('facilities.book.signIn')}
                </Link>
              </p>
            ) : !r.abilities.book ? (
              <p>{t('facilities.book.notAllowed')}</p>
            ) : me.memberships.length === 0 ? (
              <p>
                {t('facilities.book.noOrganisation')}{' '}
                <Link to="/organisations/new">{t('facilities.book.registerOrganisation')}</Link>
              </p>
            ) : (
              <BookingForm resource={r} organisations={me.memberships} onBooked={refresh} />
            )}
          </section>
          <p className="resource-page__calendar-link">
            <Link to={withQuery('/calendar', { view: 'week', resource: r.id, date: addDays(week, 0) })}>
              {t('facilities.detail.inCalendar')}
            </Link>
          </p>
        </aside>
      </div>
    </div>
  );
}
