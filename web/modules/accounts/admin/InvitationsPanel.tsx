/** The admin's invitations: invite by e-mail with a role and a mail language, and revoke an open invitation. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, ROLES, type TLocale, type TRole } from '../../../../src/contract/common';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { SelectField, TextField } from '../../../shared/components/Field';
import { ErrorMessage, Notice } from '../../../shared/components/Status';
import { useAction } from '../../../shared/hooks/use-action';
import { useApi } from '../../../shared/hooks/use-api';
import { api } from '../../../shared/lib/api';
import { asApiError } from '../../../shared/lib/errors';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';

export interface TInvitation {
  id: string;
  email: string;
  role: TRole;
  locale: TLocale;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  invitedBy: string | null;
  expiresAt: string;
  createdAt: string;
}

export function InvitationsPanel() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const confirm = useConfirm();
  const action = useAction();
  const list = useApi<{ items: TInvitation[] }>('/api/v1/admin/invitations?pageSize=20');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TRole>('staff');
  const [mailLocale, setMailLocale] = useState<TLocale>(locale);
  const [notice, setNotice] = useState<string | null>(null);

  const onInvite = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const created = await action.run(() =>
      api<TInvitation>('POST', '/api/v1/admin/invitations', { email, role, locale: mailLocale }),
    );
    if (created) {
      setNotice(t('userAdmin.invited', { email: created.email, role: t(`roles.${created.role}`) }));
      setEmail('');
      list.reload();
    }
  };
  const onRevoke = async (inv: TInvitation) => {
    const ok = await confirm(t('userAdmin.confirmRevoke', { email: inv.email }), {
      confirmLabel: t('userAdmin.revoke'),
      danger: true,
    });
    if (!ok) return;
    setNotice(null);
    if (await action.run(() => api<TInvitation>('DELETE', `/api/v1/admin/invitations/${inv.id}`))) {
      setNotice(t('userAdmin.revoked', { email: inv.email }));
      list.reload();
    }
  };
  const failure = action.error ? asApiError(action.error) : null;
  const reason = (failure?.details as { reason?: string } | undefined)?.reason;
  const open = (list.data?.items ?? []).filter((i) => i.status === 'pending');

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('userAdmin.inviteTitle')}</h2>
      <p className="section__lead">{t('userAdmin.inviteIntro')}</p>
      <form className="filters" onSubmit={onInvite} aria-labelledby="invite-title">
        <TextField
          id="invite-email"
          type="email"
          label={t('auth.fields.email')}
          value={email}
          onValue={setEmail}
          required
          autoComplete="off"
        />
        <SelectField
          id="invite-role"
          label={t('admin.users.role')}
          value={role}
          onValue={(v) => setRole(v as TRole)}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <SelectField
          id="invite-locale"
          label={t('userAdmin.mailLanguage')}
          value={mailLocale}
          onValue={(v) => setMailLocale(v as TLocale)}
          options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
        <button type="submit" className="button filters__clear" disabled={action.busy || !email.trim()}>
          {t('userAdmin.invite')}
        </button>
      </form>
      {notice ? <Notice>{notice}</Notice> : null}
      {failure ? (
        reason === 'user_exists' ? (
          <p className="status status--error" role="alert">
            {t('userAdmin.userExists')}
          </p>
        ) : (
          <ErrorMessage error={failure} />
        )
      ) : null}
      {open.length ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('userAdmin.openInvitations')}>
          <table className="table">
            <caption>{t('userAdmin.openInvitations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auth.fields.email')}</th>
                <th scope="col">{t('admin.users.role')}</th>
                <th scope="col">{t('userAdmin.invitedBy')}</th>
                <th scope="col">{t('userAdmin.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('userAdmin.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {open.map((inv) => (
                <tr key={inv.id}>
                  <th scope="row">{inv.email}</th>
                  <td>{t(`roles.${inv.role}`)}</td>
                  <td>{inv.invitedBy ?? '—'}</td>
                  <td>{formatDateTime(inv.expiresAt, locale)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost"
                      onClick={() => void onRevoke(inv)}
                      disabled={action.busy}
                      aria-label={t('userAdmin.revokeFor', { email: inv.email })}
                    >
                      {t('userAdmin.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
