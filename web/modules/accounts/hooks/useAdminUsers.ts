/** The admin user list: the page of users for the filters, and changing a user's role after a confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, type TRole } from '../../../../src/contract/common';
import type { TAdminUser } from '../../../../src/contract/accounts/schemas';
import type { TPage } from '../../../../src/contract/common';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { api, withQuery } from '../../../shared/lib/api';
import type { TUserFilters } from '../../../shared/lib/query';
import { useSession } from '../../../shared/session/session';
import { withUserChanged } from '../model/admin-users';

export function useAdminUsers(filters: TUserFilters) {
  const { t } = useTranslation();
  const { me, refreshMe } = useSession();
  const confirm = useConfirm();
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
      setData({ ...data, items: withUserChanged(data.items, u.id, updated, true) });
      setChanged(t('admin.users.roleChanged', { name: u.name, role: t(`roles.${role}`) }));
      if (u.id === me.user?.id) await refreshMe();
    }
  };
  const replaceUser = (updated: TAdminUser) => {
    if (data) setData({ ...data, items: withUserChanged(data.items, updated.id, updated) });
  };

  return { list, action, changed, setChanged, changeRole, replaceUser, meId: me.user?.id };
}
