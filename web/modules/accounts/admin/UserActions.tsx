/** Per-user admin actions: deactivate / reactivate and send a password reset, each after a confirmation. */
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { api } from '../../../shared/lib/api';
import type { TAdminUser } from '../../../../src/contract/accounts/schemas';

export function UserActions({
  user: u,
  isSelf,
  busy,
  run,
  onChanged,
  onNotice,
}: {
  user: TAdminUser;
  isSelf: boolean;
  busy: boolean;
  run: <T>(fn: () => Promise<T>) => Promise<T | undefined>;
  onChanged: (u: TAdminUser) => void;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const active = !u.deactivatedAt;

  const toggle = async () => {
    const ok = await confirm(
      t(active ? 'userAdmin.confirmDeactivate' : 'userAdmin.confirmReactivate', { name: u.name }),
      {
        confirmLabel: t(active ? 'userAdmin.deactivate' : 'userAdmin.reactivate'),
        danger: active,
      },
    );
    if (!ok) return;
    const updated = await run(() =>
      api<TAdminUser>(
        'POST',
        `/api/v1/admin/users/${encodeURIComponent(u.id)}/${active ? 'deactivate' : 'reactivate'}`,
      ),
    );
    if (updated) {
      onChanged(updated);
      onNotice(t(active ? 'userAdmin.deactivated' : 'userAdmin.reactivated', { name: u.name }));
    }
  };
  const reset = async () => {
    const ok = await confirm(t('userAdmin.confirmReset', { name: u.name, email: u.email }), {
      confirmLabel: t('userAdmin.sendReset'),
    });
    if (!ok) return;
    if (await run(() => api('POST', `/api/v1/admin/users/${encodeURIComponent(u.id)}/password-reset`))) {
      onNotice(t('userAdmin.resetSent', { email: u.email }));
    }
  };

  return (
    <div className="user-actions">
      {!isSelf ? (
        <button
          type="button"
          className={active ? 'button button--small button--ghost' : 'button button--small button--secondary'}
          onClick={() => void toggle()}
          disabled={busy}
          aria-label={t(active ? 'userAdmin.deactivateFor' : 'userAdmin.reactivateFor', { name: u.name })}
        >
          {t(active ? 'userAdmin.deactivate' : 'userAdmin.reactivate')}
        </button>
      ) : null}
      {active ? (
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => void reset()}
          disabled={busy}
          aria-label={t('userAdmin.sendResetFor', { name: u.name })}
        >
          {t('userAdmin.sendReset')}
        </button>
      ) : null}
    </div>
  );
}
