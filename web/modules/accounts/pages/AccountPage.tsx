import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS, LOCALES, type TLocale } from '../../../../src/contract/common';
import { SelectField, TextField } from '../../../shared/components/Field';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { FormErrors, Notice } from '../../../shared/components/Status';
import { api } from '../../../shared/lib/api';
import { errorText } from '../../../shared/lib/errors';
import { useHead } from '../../../shared/lib/head';
import type { TMe } from '../../../../src/contract/me';
import { useSession } from '../../../shared/session/session';

export function AccountPage() {
  const { t } = useTranslation();
  useHead(t('account.title'));
  return (
    <div className="container section">
      <RequireAuth>
        <AccountForm />
      </RequireAuth>
    </div>
  );
}

function AccountForm() {
  const { t } = useTranslation();
  const { me, setMe, setLanguage } = useSession();
  const user = me.user!;
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<TLocale>(user.locale);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const nameProblem = submitted && !name.trim() ? t('errors.fields.required') : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setSaved(false);
    setError(null);
    if (!name.trim()) return;
    setBusy(true);
    try {
      const next = await api<TMe>('PATCH', '/api/v1/me', { name: name.trim(), locale });
      setMe(next);
      await setLanguage(locale);
      setSaved(true);
    } catch (err) {
      setError(errorText(t, err));
    }
    setBusy(false);
  };

  return (
    <>
      <h1>{t('account.title')}</h1>
      <div className="layout-2">
        <div className="layout-2__main">
          <section className="panel" aria-labelledby="account-profile">
            <h2 id="account-profile">{t('account.profile')}</h2>
            {saved ? <Notice>{t('account.saved')}</Notice> : null}
            <form className="form" onSubmit={onSubmit} noValidate>
              <FormErrors messages={error ? [error] : []} />
              <TextField
                id="account-name"
                label={t('auth.fields.name')}
                value={name}
                onValue={setName}
                error={nameProblem}
                maxLength={LIMITS.nameMax}
                autoComplete="name"
                required
              />
              <TextField
                id="account-email"
                label={t('auth.fields.email')}
                value={user.email}
                onValue={() => undefined}
                readOnly
                hint={user.emailVerified ? t('account.emailVerified') : t('account.emailNotVerified')}
              />
              <SelectField
                id="account-locale"
                label={t('account.language')}
                hint={t('account.languageHint')}
                value={locale}
                onValue={(v) => setLocale(v as TLocale)}
                options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`, { lng: l }) }))}
              />
              <p className="muted">
                {t('account.role')}: {t(`roles.${user.role}`)}
              </p>
              <div className="form__actions">
                <button type="submit" className="button" disabled={busy}>
                  {busy ? t('common.saving') : t('common.save')}
                </button>
              </div>
            </form>
          </section>
        </div>
        <aside className="layout-2__side">
          <section className="panel" aria-labelledby="account-orgs">
            <h2 id="account-orgs">{t('account.organisations')}</h2>
            {me.memberships.length === 0 ? (
              <p>{t('account.noOrganisations')}</p>
            ) : (
              <ul className="plain-list">
                {me.memberships.map((m) => (
                  <li key={m.organisationId}>
                    <Link to={`/organisations/${m.organisationId}`}>{m.name}</Link>{' '}
                    <span className="badge">{t(`members.roles.${m.role}`)}</span>
                  </li>
                ))}
              </ul>
            )}
            {me.abilities.organisations.create ? (
              <p>
                <Link className="button button--secondary" to="/organisations/new">
                  {t('organisations.list.register')}
                </Link>
              </p>
            ) : null}
          </section>
        </aside>
      </div>
    </>
  );
}
