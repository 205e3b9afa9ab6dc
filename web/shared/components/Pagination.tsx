/** Previous/next page controls with "page X of Y" and the total count ("more than N" when the count is capped). */
import { useTranslation } from 'react-i18next';
import { pageCount } from '../lib/query';

export function Pagination({
  page,
  pageSize,
  total,
  totalCapped,
  onPage,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** The server stopped counting at `total`: there are more matches (pages stop there too). */
  totalCapped?: boolean;
  onPage: (page: number) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const pages = pageCount(total, pageSize);
  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <p className="pagination__total">
        {totalCapped ? t('pagination.totalCapped', { count: total }) : t('pagination.total', { count: total })}
      </p>
      {pages > 1 ? (
        <div className="pagination__controls">
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() => onPage(page - 1)}
          >
            {t('pagination.previous')}
          </button>
          <span aria-current="page">{t('pagination.pageOf', { page, pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages}
            onClick={() => onPage(page + 1)}
          >
            {t('pagination.next')}
          </button>
        </div>
      ) : null}
    </nav>
  );
}
