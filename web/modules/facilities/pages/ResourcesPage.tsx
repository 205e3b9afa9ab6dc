import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { loadJson, type TLoader } from '../../../app/route-data';
import { mayManageFacilities } from '../access';
import { ResourceCard } from '../components/ResourceCard';
import type { TResourceSummary } from '../../../../src/contract/facilities';
import { useSession } from '../../../shared/session/session';

export interface TResourcesPageData {
  items: TResourceSummary[];
}

/** The facilities list, loaded on the server so it reads without JavaScript. */
export const resourcesLoader: TLoader<TResourcesPageData> = (fetchJson) =>
  loadJson<TResourcesPageData>(fetchJson, '/api/v1/resources');

/** /facilities: the hub's bookable facilities. */
export function ResourcesPage({ data }: { data: TResourcesPageData }) {
  const { t } = useTranslation();
  const { me, locale } = useSession();
  useHead(t('facilities.list.title'), t('facilities.list.lead'));
  const staff = mayManageFacilities(me);
  return (
    <div className="container section">
      <div className="page-head">
        <h1>{t('facilities.list.title')}</h1>
        <div className="page-head__actions">
          <Link className="button button--secondary" to="/calendar">
            {t('facilities.list.calendar')}
          </Link>
          {staff ? (
            <>
              <Link className="button button--secondary" to="/facilities/bookings">
                {t('facilities.list.bookings')}
              </Link>
              <Link className="button" to="/facilities/new">
                {t('facilities.list.new')}
              </Link>
            </>
          ) : null}
        </div>
      </div>
      <p className="section__lead">{t('facilities.list.lead')}</p>
      {data.items.length === 0 ? (
        <EmptyState>
          <p>{t('facilities.list.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="resource-grid">
          {data.items.map((r) => (
            <ResourceCard key={r.id} resource={r} locale={locale} />
          ))}
        </ul>
      )}
    </div>
  );
}
