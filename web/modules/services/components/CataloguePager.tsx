/** Previous/next links (not buttons), so paging works in a page rendered without JavaScript. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pageCount } from '../../../shared/lib/query';
import { catalogueHref, type TCatalogueFilters } from '../catalogue-filters';

export function CataloguePager({
  filters,
  total,
  pageSize,
}: {
  filters: TCatalogueFilters;
  total: number;
  pageSize: number;
}) {
  const { t } = useTranslation();
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const page = Math.min(filters.page, pages);
  return (
    <nav className="pagination" aria-label={t('services.list.pagerLabel')}>
      <div className="pagination__controls">
        {page > 1 ? (
          <Link className="button button--secondary" to={catalogueHref(filters, { page: page - 1 })} rel="prev">
            {t('services.list.previous')}
          </Link>
        ) : null}
        <span aria-current="page">{t('services.list.pageOf', { page, pages })}</span>
        {page < pages ? (
          <Link className="button button--secondary" to={catalogueHref(filters, { page: page + 1 })} rel="next">
            {t('services.list.next')}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
