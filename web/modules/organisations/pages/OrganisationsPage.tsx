import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, LIMITS } from '../../../../src/contract/common';
import { SelectField, TextField } from '../../../shared/components/Field';
import { Notice } from '../../../shared/components/Status';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { withQuery } from '../../../shared/lib/api';
import { localName } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import {
  organisationFiltersToSearch,
  parseOrganisationFilters,
  type TOrganisationFilters,
} from '../../../shared/lib/query';
import type { TPage } from '../../../../src/contract/common';
import type { TOrganisationSummary } from '../../../../src/contract/organisations';
import { useReference } from '../../../shared/reference/use-reference';
import { useSession } from '../../../shared/session/session';
import { ClaimsSection } from '../components/ClaimsSection';
import { OrganisationTable } from '../components/OrganisationTable';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const all = !!me.abilities.organisations.listAll;
  useHead(all ? t('organisations.list.title') : t('organisations.list.mineTitle'));
  return (
    <div className="container section">
      <RequireAuth allow={(m) => m.abilities.organisations.list}>
        <OrganisationList all={all} />
      </RequireAuth>
    </div>
  );
}

function OrganisationList({ all }: { all: boolean }) {
  const { t } = useTranslation();
  const { me, locale } = useSession();
  const { regions } = useReference();
  const { filters, update, q, setQ, clear } = useUrlFilters(parseOrganisationFilters, organisationFiltersToSearch);
  const claimed = (useLocation().state as { claimed?: boolean } | null)?.claimed === true;

  const path = withQuery('/api/v1/organisations', {
    q: filters.q,
    type: filters.type,
    nuts2: filters.nuts2,
    oblast: filters.oblast,
    partner: filters.partner,
    mine: all ? undefined : 'true',
    page: filters.page,
    pageSize: LIMITS.pageSizeDefault,
  });
  const list = useApi<TPage<TOrganisationSummary>>(path);
  const filtered = !!(filters.q || filters.type || filters.nuts2 || filters.oblast || filters.partner);
  const oblasts = (regions?.oblasts ?? []).filter((o) => !filters.nuts2 || o.nuts2 === filters.nuts2);

  return (
    <>
      <div className="page-head">
        <h1>{all ? t('organisations.list.title') : t('organisations.list.mineTitle')}</h1>
        {me.abilities.organisations.create ? (
          <Link className="button" to="/organisations/new">
            {t('organisations.list.register')}
          </Link>
        ) : null}
      </div>
      {claimed ? <Notice tone="info">{t('organisations.claims.submitted')}</Notice> : null}
      <ClaimsSection staff={all} />

      <form
        className="filters"
        role="search"
        aria-label={t('organisations.list.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="filter-q"
          type="search"
          label={t('organisations.list.search')}
          hint={t('organisations.list.searchHint')}
          value={q}
          onValue={setQ}
          maxLength={LIMITS.searchMax}
        />
        {all ? (
          <>
            <SelectField
              id="filter-type"
              label={t('organisations.fields.type')}
              value={filters.type}
              onValue={(v) => update({ type: v })}
              options={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`organisations.types.${v}`) }))}
              placeholder={t('common.all')}
            />
            <SelectField
              id="filter-nuts2"
              label={t('organisations.fields.nuts2')}
              value={filters.nuts2}
              onValue={(v) =>
                update({
                  nuts2: v,
                  oblast:
                    filters.oblast && !regions?.oblasts.some((o) => o.code === filters.oblast && o.nuts2 === v)
                      ? ''
                      : filters.oblast,
                })
              }
              options={(regions?.nuts2 ?? []).map((r) => ({
                value: r.code,
                label: `${localName(r, locale)} (${r.code})`,
              }))}
              placeholder={t('common.all')}
            />
            <SelectField
              id="filter-oblast"
              label={t('organisations.fields.oblast')}
              value={filters.oblast}
              onValue={(v) => update({ oblast: v })}
              options={oblasts.map((o) => ({ value: o.code, label: localName(o, locale) }))}
              placeholder={t('common.all')}
            />
            <SelectField
              id="filter-partner"
              label={t('organisations.fields.isPartner')}
              value={filters.partner}
              onValue={(v) => update({ partner: v as TOrganisationFilters['partner'] })}
              options={[
                { value: 'true', label: t('organisations.list.partnersOnly') },
                { value: 'false', label: t('organisations.list.nonPartners') },
              ]}
              placeholder={t('common.all')}
            />
          </>
        ) : null}
        {filtered ? (
          <button type="button" className="button button--ghost filters__clear" onClick={clear}>
            {t('organisations.list.clearFilters')}
          </button>
        ) : null}
      </form>

      <PagedList
        state={list}
        empty={
          <>
            <p>
              {filtered
                ? t('organisations.list.emptyFiltered')
                : all
                  ? t('organisations.list.empty')
                  : t('organisations.list.emptyMine')}
            </p>
            {!filtered && me.abilities.organisations.create ? (
              <Link className="button" to="/organisations/new">
                {t('organisations.list.register')}
              </Link>
            ) : null}
          </>
        }
        onPage={(p) => update({ page: p })}
      >
        {(data) => <OrganisationTable items={data.items} />}
      </PagedList>
    </>
  );
}
