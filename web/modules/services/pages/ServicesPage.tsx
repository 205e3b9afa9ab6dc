import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { loadJson, LoaderError, type TLoader } from '../../../app/route-data';
import { catalogueApiPath, isFiltered, parseCatalogueFilters } from '../catalogue-filters';
import { CataloguePager } from '../components/CataloguePager';
import { CatalogueSearch } from '../components/CatalogueSearch';
import { ServiceCard } from '../components/ServiceCard';
import type { TServicePage } from '../../../../src/contract/services';

/** The catalogue page's data, loaded on the server for the first render so it reads without JavaScript. */
export const servicesLoader: TLoader<TServicePage> = async (fetchJson, _params, search) => {
  const filters = parseCatalogueFilters(search);
  try {
    return await loadJson<TServicePage>(fetchJson, catalogueApiPath(filters));
  } catch (err) {
    // A link with drafts=1 opened by someone who may not see drafts: show the public catalogue.
    if (filters.drafts && err instanceof LoaderError && (err.status === 401 || err.status === 403)) {
      return loadJson<TServicePage>(fetchJson, catalogueApiPath({ ...filters, drafts: false }));
    }
    throw err;
  }
};

export function ServicesPage({ data }: { data: TServicePage }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const filters = parseCatalogueFilters(search);
  useHead(t('services.list.title'), t('services.list.lead'));
  const filtered = isFiltered(filters);

  return (
    <div className="container section">
      <div className="page-head">
        <h1>{t('services.list.title')}</h1>
        {data.abilities.create ? (
          <div className="page-head__actions">
            <Link className="button" to="/services/new">
              {t('services.list.newService')}
            </Link>
          </div>
        ) : null}
      </div>
      <p className="section__lead">{t('services.list.lead')}</p>
      <CatalogueSearch filters={filters} canSeeDrafts={data.abilities.viewUnpublished} />
      <p className="catalogue-count" role="status">
        {t('services.list.results', { count: data.total })}
      </p>
      {data.items.length === 0 ? (
        <EmptyState>
          <p>{filtered ? t('services.list.emptyFiltered') : t('services.list.empty')}</p>
          {filtered ? (
            <p>
              <Link to="/services">{t('services.list.clear')}</Link>
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <ul className="service-grid">
          {data.items.map((s) => (
            <ServiceCard key={s.id} service={s} />
          ))}
        </ul>
      )}
      <CataloguePager filters={filters} total={data.total} pageSize={data.pageSize} />
    </div>
  );
}
