/** A paged API list in its states: error (with retry), first load, empty, or the page with its pagination. */
import type { ReactNode } from 'react';
import type { TApiState } from '../hooks/use-api';
import type { TPage } from '../../../src/contract/common';
import { Pagination } from './Pagination';
import { EmptyState, ErrorMessage, Loading } from './Status';

export function PagedList<T>({
  state: { data, error, loading, reload },
  empty,
  onPage,
  children,
}: {
  state: Pick<TApiState<TPage<T>>, 'data' | 'error' | 'loading' | 'reload'>;
  /** What an empty page says. */
  empty: ReactNode;
  onPage: (page: number) => void;
  /** The items of a non-empty page. */
  children: (page: TPage<T>) => ReactNode;
}) {
  return (
    <div aria-live="polite" aria-busy={loading}>
      {error ? (
        <ErrorMessage error={error} onRetry={reload} />
      ) : loading && !data ? (
        <Loading />
      ) : data && data.items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : data ? (
        <>
          {children(data)}
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            totalCapped={data.totalCapped}
            onPage={onPage}
          />
        </>
      ) : null}
    </div>
  );
}
