import { useTranslation } from 'react-i18next';
import { ROLES, type TRole } from '../../../../src/contract/common';
import type { TAdminUser } from '../../../../src/contract/accounts/schemas';
import { formatDate } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { UserActions } from '../admin/UserActions';

/** The admin's table of users: role picker, verification, organisations, status and the per-user actions. */
export function UsersTable({
  items,
  meId,
  busy,
  run,
  onRole,
  onChanged,
  onNotice,
}: {
  items: TAdminUser[];
  meId: string | undefined;
  busy: boolean;
  run: <T>(fn: () => Promise<T>) => Promise<T | undefined>;
  onRole: (u: TAdminUser, role: TRole) => void;
  onChanged: (u: TAdminUser) => void;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useSession();
  return (
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
          {items.map((u) => (
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
                  onChange={(e) => onRole(u, e.target.value as TRole)}
                  disabled={busy}
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
                  isSelf={u.id === meId}
                  busy={busy}
                  run={run}
                  onChanged={onChanged}
                  onNotice={onNotice}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
