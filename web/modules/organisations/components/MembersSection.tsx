/** People who act for the organisation on the platform; owners (and staff) may add and remove them. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_ROLES } from '../../../../src/contract/common';
import { SelectField, TextField } from '../../../shared/components/Field';
import { useConfirm } from '../../../shared/components/ConfirmDialog';
import { EmptyState, ErrorMessage } from '../../../shared/components/Status';
import { asApiError } from '../../../shared/lib/errors';
import { useAction } from '../../../shared/hooks/use-action';
import type { TOrganisationDetail } from '../../../../src/contract/organisations';
import { checkEmail } from '../../accounts/auth/validation';
import { useSession } from '../../../shared/session/session';
import { addMember, removeMember } from '../api';

export function MembersSection({
  org,
  onChange,
}: {
  org: TOrganisationDetail;
  onChange: (d: TOrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  const { me, refreshMe } = useSession();
  const confirm = useConfirm();
  const can = org.abilities.manageMembers;
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'owner' | 'member'>('member');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction();
  const emailProblem = submitted ? checkEmail(email) : null;
  const failure = action.error ? asApiError(action.error) : null;
  // An unknown e-mail belongs next to the field; the last owner's removal gets its own sentence.
  const noAccount = failure?.fields.some((f) => f.field === 'email') ?? false;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (checkEmail(email)) return;
    const d = await action.run(() => addMember(org.id, email.trim(), role));
    if (d) {
      onChange(d);
      setEmail('');
      setSubmitted(false);
    }
  };

  const remove = async (userId: string, name: string) => {
    const self = userId === me.user?.id;
    const message = self ? t('members.confirmLeave') : t('members.confirmRemove', { name });
    if (!(await confirm(message, { confirmLabel: t('members.remove') }))) return;
    const d = await action.run(() => removeMember(org.id, userId));
    if (d) {
      onChange(d);
      if (self) await refreshMe();
    }
  };

  return (
    <section className="panel" aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      {failure && !noAccount ? (
        failure.status === 409 ? (
          <p className="status status--error" role="alert">
            {t('members.lastOwner')}
          </p>
        ) : (
          <ErrorMessage error={failure} />
        )
      ) : null}
      {org.members.length === 0 ? (
        <EmptyState>
          <p>{t('members.empty')}</p>
        </EmptyState>
      ) : (
        <ul className="item-list">
          {org.members.map((m) => (
            <li key={m.userId} className="item">
              <div className="item__main">
                <p className="item__title">
                  {m.name} <span className="badge">{t(`members.roles.${m.role}`)}</span>
                </p>
                <p className="item__meta">{m.email}</p>
              </div>
              {can ? (
                <div className="item__actions">
                  <button
                    type="button"
                    className="button button--small button--danger-ghost"
                    onClick={() => void remove(m.userId, m.name)}
                    disabled={action.busy}
                  >
                    {t('members.remove')}
                    <span className="visually-hidden"> {m.name}</span>
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {can ? (
        <form className="inline-form" onSubmit={add} noValidate aria-labelledby="members-form-title">
          <h3 id="members-form-title">{t('members.addTitle')}</h3>
          <p className="muted">{t('members.addHint')}</p>
          <div className="grid-2">
            <TextField
              id="member-email"
              type="email"
              label={t('auth.fields.email')}
              value={email}
              onValue={setEmail}
              error={emailProblem ? t(`auth.problems.${emailProblem}`) : noAccount ? t('members.noAccount') : null}
              autoComplete="off"
              required
            />
            <SelectField
              id="member-role"
              label={t('members.role')}
              value={role}
              onValue={(v) => setRole(v as 'owner' | 'member')}
              options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`members.roles.${r}`) }))}
            />
          </div>
          <div className="form__actions">
            <button type="submit" className="button" disabled={action.busy}>
              {t('members.add')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
