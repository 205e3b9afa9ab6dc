/** /requests/board (staff): the open requests by state, filterable by delivering partner and service family (kept in the URL). */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SERVICE_FAMILIES } from '../../../../src/contract/services/enums';
import { SelectField } from '../../../shared/components/Field';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { withQuery } from '../../../shared/lib/api';
import { orgName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import type { THub } from '../../../../src/contract/hub/schemas';
import { isHubStaff } from '../access';
import { BoardColumns } from '../components/BoardColumns';
import { boardFiltersToSearch, parseBoardFilters, type TBoardFilters } from '../filters';
import type { TBoard } from '../../../../src/contract/requests';
import { useSession } from '../../../shared/session/session';

export function RequestBoardPage() {
  const { t } = useTranslation();
  useHead(t('requests.board.title'));
  return (
    <div className="container section request-board-page">
      <RequireAuth allow={isHubStaff}>
        <Board />
      </RequireAuth>
    </div>
  );
}

function Board() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = parseBoardFilters(search);
  const update = (patch: Partial<TBoardFilters>) =>
    setSearch(new URLSearchParams(boardFiltersToSearch({ ...filters, ...patch })));
  const board = useApi<TBoard>(
    withQuery('/api/v1/requests/board', { partnerId: filters.partnerId, family: filters.family }),
  );
  // The consortium partners are the hub's public profile; the board filters by the one that delivers.
  const hub = useApi<THub>('/api/v1/hub');
  const filtered = !!(filters.partnerId || filters.family);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('requests.board.title')}</h1>
          <p className="muted">{t('requests.board.intro')}</p>
        </div>
        <div className="page-head__actions">
          <Link className="button button--secondary" to="/requests">
            {t('requests.board.allRequests')}
          </Link>
        </div>
      </div>
      <form className="filters" aria-label={t('requests.board.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="board-partner"
          label={t('requests.fields.partner')}
          value={filters.partnerId}
          onValue={(v) => update({ partnerId: v })}
          options={(hub.data?.partners ?? []).map((p) => ({ value: p.id, label: orgName(p, locale) }))}
          placeholder={t('common.all')}
        />
        <SelectField
          id="board-family"
          label={t('requests.fields.family')}
          value={filters.family}
          onValue={(v) => update({ family: v as TBoardFilters['family'] })}
          options={SERVICE_FAMILIES.map((f) => ({ value: f, label: t(`services.families.${f}`) }))}
          placeholder={t('common.all')}
        />
        {filtered ? (
          <button
            type="button"
            className="button button--ghost filters__clear"
            onClick={() => setSearch(new URLSearchParams())}
          >
            {t('requests.list.clearFilters')}
          </button>
        ) : null}
      </form>
      <div aria-live="polite" aria-busy={board.loading}>
        {board.error ? (
          <ErrorMessage error={board.error} onRetry={board.reload} />
        ) : board.data ? (
          <BoardColumns board={board.data} />
        ) : (
          <Loading />
        )}
      </div>
    </>
  );
}
