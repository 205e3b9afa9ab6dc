import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../shared/components/Status';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useHead } from '../../../shared/lib/head';
import { useSession } from '../../../shared/session/session';
import { ClaimsSection } from '../components/ClaimsSection';
import { OrganisationFilters } from '../components/OrganisationFilters';
import { OrganisationTable } from '../components/OrganisationTable';
import { useOrganisationList } from '../hooks/useOrganisationList';

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
  const { me } = useSession();
  const { regions, filterState, list, filtered } = useOrganisationList(all);
  const claimed = (useLocation().state as { claimed?: boolean } | null)?.claimed === true;

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

      <OrganisationFilters state={filterState} all={all} regions={regions} filtered={filtered} />

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
        onPage={(p) => filterState.update({ page: p })}
      >
        {(data) => <OrganisationTable items={data.items} />}
      </PagedList>
    </>
  );
}
