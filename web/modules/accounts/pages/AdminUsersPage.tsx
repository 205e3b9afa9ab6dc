import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, ROLES, type TRole } from '../../../../src/contract/common';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { SelectField, TextField } from '../../../shared/components/Field';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { api, withQuery } from '../../../shared/lib/api';
import { asApiError } from '../../../shared/lib/errors';
import { formatDate } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { parseUserFilters, userFiltersToSearch } from '../../../shared/lib/query';
import type { TAdminUser } from '../../../../src/contract/accounts/schemas';
import type { TPage } from '../../../../src/contract/common';
import { useSession } from '../../../shared/session/session';
import { InvitationsPanel } from '../admin/InvitationsPanel';
import { UserActions } from '../admin/UserActions';

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
  const { locale, me, refreshMe } = useSession();
  const confirm = useConfirm();
  const { filters, update, q, setQ } = useUrlFilters(parseUserFilters, userFiltersToSearch);
  const action = useAction();
  const [changed, setChanged] = useState<string | null>(null);

  const list = useApi<TPage<TAdminUser>>(
    withQuery('/api/v1/admin/users', {
      q: filters.q,
      role: filters.role,
      page: filters.page,
      pageSize: LIMITS.pageSizeDefault,
    }),
  );
  const { data, setData } = list;

  const changeRole = async (u: TAdminUser, role: TRole) => {
    if (role === u.role) return;
    const ok = await confirm(t('admin.users.confirmRole', { name: u.name, role: t(`roles.${role}`) }), {
      confirmLabel: t('admin.users.changeRole'),
      danger: role !== 'admin' ? false : true,
    });
    if (!ok) return;
    setChanged(null);
    const updated = await action.run(() =>
      api<TAdminUser>('PATCH', `/api/v1/admin/users/${encodeURIComponent(u.id)}`, { role }),
    );
    if (updated && data) {
      setData({
        ...data,
        items: data.items.map((x) =>
          x.id === u.id ? { ...x, ...updated, organisations: updated.organisations ?? x.organisations } : x,
        ),
      });
      setChanged(t('admin.users.roleChanged', { name: u.name, role: t(`roles.${role}`) }));
      if (u.id === me.user?.id) await refreshMe();
    }
  };
  const failure = action.error ? asApiError(action.error) : null;
  const failureReason = (failure?.details as { reason?: string } | undefined)?.reason;
  const replaceUser = (updated: TAdminUser) => {
    if (data) setData({ ...data, items: data.items.map((x) => (x.id === updated.id ? { ...x, ...updated } : x)) });
  };

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
      {failure ? (
        failure.status === 409 ? (
          <p className="status status--error" role="alert">
            {failureReason && failureReason !== 'conflict'
              ? t(`userAdmin.refused.${failureReason}`, { defaultValue: t('admin.users.cannotDemoteSelf') })
              : t('admin.users.cannotDemoteSelf')}
          </p>
        ) : (
          <ErrorMessage error={failure} />
        )
      ) : null}
      <PagedList state={list} empty={<p>{t('admin.users.empty')}</p>} onPage={(p) => update({ page: p })}>
        {(data) => (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('admin.users.title')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('auth.fields.name')}</th>
                  <th scope="col">{t('auth.fields.email')}</th>
                  <th scope="col">{t('admin.users.role')}</th>
                  <th scope="col">{t('admin.users.verified')}</th>
                  <th scope="col" className="num">
                    {t('admin.users.organisations')}
                  </th>
                  <th scope="col">{t('admin.users.createdAt')}</th>
                  <th scope="col">{t('userAdmin.status')}</th>
                  <th scope="col">{t('userAdmin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((u) => (
                  <tr key={u.id}>
                    <th scope="row">{u.name}</th>
                    <td>{u.email}</td>
                    <td>
                      <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                        {t('admin.users.roleFor', { name: u.name })}
                      </label>
                      <select
                        id={`role-${u.id}`}
                        value={u.role}
                        onChange={(e) => void changeRole(u, e.target.value as TRole)}
                        disabled={action.busy}
                      >
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`roles.${r}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{u.emailVerified ? t('common.yes') : t('common.no')}</td>
                    <td className="num">{u.organisations}</td>
                    <td>{formatDate(u.createdAt, locale)}</td>
                    <td>
                      {u.deactivatedAt ? (
                        <span className="badge badge--warn">
                          {t('userAdmin.deactivatedSince', { date: formatDate(u.deactivatedAt, locale) })}
                        </span>
                      ) : (
                        t('userAdmin.active')
                      )}
                    </td>
                    <td>
                      <UserActions
                        user={u}
                        isSelf={u.id === me.user?.id}
                        busy={action.busy}
                        run={action.run}
                        onChanged={replaceUser}
                        onNotice={setChanged}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedList>
      <InvitationsPanel />
    </>
  );
}
