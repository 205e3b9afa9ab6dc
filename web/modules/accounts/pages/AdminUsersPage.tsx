import { useTranslation } from 'react-i18next';
import { LIMITS, ROLES } from '../../../../src/contract/common';
import { SelectField, TextField } from '../../../shared/components/Field';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { Notice } from '../../../shared/components/Status';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { useHead } from '../../../shared/lib/head';
import { parseUserFilters, userFiltersToSearch } from '../../../shared/lib/query';
import { InvitationsPanel } from '../admin/InvitationsPanel';
import { UserActionFailure } from '../components/UserActionFailure';
import { UsersTable } from '../components/UsersTable';
import { useAdminUsers } from '../hooks/useAdminUsers';

export function AdminUsersPage() {
  const { t } = useTranslation();
  useHead(t('admin.users.title'));
  return (
    <div className="container section">
      <RequireAuth allow={(me) => me.abilities.admin.users}>
        <UserList />
      </RequireAuth>
    </div>
  );
}

function UserList() {
  const { t } = useTranslation();
  const { filters, update, q, setQ } = useUrlFilters(parseUserFilters, userFiltersToSearch);
  const { list, action, changed, setChanged, changeRole, replaceUser, meId } = useAdminUsers(filters);

  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <form
        className="filters"
        role="search"
        aria-label={t('admin.users.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <TextField
          id="user-q"
          type="search"
          label={t('admin.users.search')}
          value={q}
          onValue={setQ}
          maxLength={LIMITS.searchMax}
        />
        <SelectField
          id="user-role"
          label={t('admin.users.role')}
          value={filters.role}
          onValue={(v) => update({ role: v })}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          placeholder={t('common.all')}
        />
      </form>
      {changed ? <Notice>{changed}</Notice> : null}
      <UserActionFailure error={action.error} />
      <PagedList state={list} empty={<p>{t('admin.users.empty')}</p>} onPage={(p) => update({ page: p })}>
        {(data) => (
          <UsersTable
            items={data.items}
            meId={meId}
            busy={action.busy}
            run={action.run}
            onRole={(u, role) => void changeRole(u, role)}
            onChanged={replaceUser}
            onNotice={setChanged}
          />
        )}
      </PagedList>
      <InvitationsPanel />
    </>
  );
}
