/** /requests: members see their organisations' requests, experts those assigned to them, staff all; filters in the URL. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REQUEST_STATES } from '../../../../src/domain/services/request-state-machine';
import { LIMITS } from '../../../../src/contract/common';
import { SERVICE_FAMILIES } from '../../../../src/contract/services/enums';
import { SelectField, TextField } from '../../../shared/components/Field';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { withQuery } from '../../../shared/lib/api';
import { useHead } from '../../../shared/lib/head';
import type { TMe } from '../../../../src/contract/me';
import type { TPage } from '../../../../src/contract/common';
import { isHubStaff, mayListRequests } from '../access';
import { RequestTable } from '../components/RequestTable';
import { isRequestListFiltered, parseRequestFilters, requestFiltersToSearch, type TRequestFilters } from '../filters';
import type { TRequestSummary } from '../../../../src/contract/requests';
import { useSession } from '../../../shared/session/session';

/** The list's title: staff see the hub's requests, experts their assignments, members their organisations'. */
function titleKey(me: TMe): string {
  if (isHubStaff(me)) return 'requests.list.titleAll';
  if (me.user?.role === 'expert') return 'requests.list.titleExpert';
  return 'requests.list.titleMine';
}

export function RequestsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useHead(t(titleKey(me)));
  return (
    <div className="container section">
      <RequireAuth allow={mayListRequests}>
        <RequestList />
      </RequireAuth>
    </div>
  );
}

function RequestList() {
  const { t } = useTranslation();
  const { me } = useSession();
  const staff = isHubStaff(me);
  const { filters, update, q, setQ, clear } = useUrlFilters(parseRequestFilters, requestFiltersToSearch);
  const path = withQuery('/api/v1/requests', {
    status: filters.status,
    family: filters.family,
    organisationId: filters.organisationId,
    q: filters.q,
    page: filters.page,
    pageSize: LIMITS.pageSizeDefault,
  });
  const list = useApi<TPage<TRequestSummary>>(path);
  const filtered = isRequestListFiltered(filters);

  return (
    <>
      <div className="page-head">
        <h1>{t(titleKey(me))}</h1>
        <div className="page-head__actions">
          {staff ? (
            <Link className="button button--secondary" to="/requests/board">
              {t('requests.board.title')}
            </Link>
          ) : null}
          <Link className="button" to="/services">
            {t('requests.list.browseServices')}
          </Link>
        </div>
      </div>

      <form
        className="filters"
        role="search"
        aria-label={t('requests.list.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="filter-q"
          type="search"
          label={t('requests.list.search')}
          hint={t('requests.list.searchHint')}
          value={q}
          onValue={setQ}
          maxLength={LIMITS.searchMax}
        />
        <SelectField
          id="filter-status"
          label={t('requests.fields.status')}
          value={filters.status}
          onValue={(v) => update({ status: v as TRequestFilters['status'] })}
          options={REQUEST_STATES.map((s) => ({ value: s, label: t(`requests.statuses.${s}`) }))}
          placeholder={t('common.all')}
        />
        <SelectField
          id="filter-family"
          label={t('requests.fields.family')}
          value={filters.family}
          onValue={(v) => update({ family: v as TRequestFilters['family'] })}
          options={SERVICE_FAMILIES.map((f) => ({ value: f, label: t(`services.families.${f}`) }))}
          placeholder={t('common.all')}
        />
        {filtered ? (
          <button type="button" className="button button--ghost filters__clear" onClick={clear}>
            {t('requests.list.clearFilters')}
          </button>
        ) : null}
      </form>
      {filters.organisationId ? <p className="status status--info">{t('requests.list.oneOrganisation')}</p> : null}

      <PagedList
        state={list}
        empty={
          <>
            <p>
              {filtered
                ? t('requests.list.emptyFiltered')
                : staff
                  ? t('requests.list.emptyAll')
                  : t('requests.list.emptyMine')}
            </p>
            {!filtered && !staff ? (
              <Link className="button" to="/services">
                {t('requests.list.browseServices')}
              </Link>
            ) : null}
          </>
        }
        onPage={(p) => update({ page: p })}
      >
        {(data) => <RequestTable items={data.items} caption={t(titleKey(me))} />}
      </PagedList>
    </>
  );
}
