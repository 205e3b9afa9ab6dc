import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { withQuery } from '../../../shared/lib/api';
import { useHead } from '../../../shared/lib/head';
import { loadJson, LoaderError, type TLoader } from '../../../app/route-data';
import { addDays } from '../../events/calendar-sofia-time';
import { BookResource } from '../components/BookResource';
import { MyResourceBookings } from '../components/MyResourceBookings';
import { ResourceFacts } from '../components/ResourceFacts';
import { ResourceHours } from '../components/ResourceHours';
import { ResourceWeek } from '../components/ResourceWeek';
import { useResourceBookings } from '../hooks/useResourceBookings';
import { localDescription } from '../model/resource-detail';
import { localTitle } from '../texts';
import type { TResourceDetail } from '../../../../src/contract/facilities';
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
  const texts = paragraphs(localDescription(r, locale));
  useHead(title, texts[0]);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const signedIn = !!me.user;
  const { week, setWeek, availability, mine, refresh, replaceBooking } = useResourceBookings(r.id, signedIn);

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
          <ResourceHours resource={r} locale={locale} />
          <ResourceWeek week={week} onWeek={setWeek} availability={availability} locale={locale} />
          {signedIn ? <MyResourceBookings mine={mine} title={title} locale={locale} onChange={replaceBooking} /> : null}
        </div>

        <aside className="resource-page__side" aria-label={t('facilities.detail.facts')}>
          <ResourceFacts resource={r} locale={locale} />
          <BookResource resource={r} me={me} onBooked={refresh} />
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
