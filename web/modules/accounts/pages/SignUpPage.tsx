import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { FormErrors, Notice } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { errorText } from '../../../shared/lib/errors';
import { safeNext } from '../../../shared/lib/query';
import { LIMITS } from '../../../../src/contract/common';
import { AuthPanel } from '../auth/components/AuthPanel';
import { signUp } from '../auth/api';
import { checkEmail, checkPassword, checkRequired, type TAuthFieldProblem } from '../auth/validation';
import { useSession } from '../../../shared/session/session';

export function SignUpPage() {
  const { t } = useTranslation();
  useHead(t('auth.signUp.title'));
  const { locale } = useSession();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'), '/organisations/new');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The address the confirmation went to: sign-up answers every address alike, so the page only says "check your inbox". */
  const [sentTo, setSentTo] = useState<string | null>(null);

  const problems: Record<string, TAuthFieldProblem> = {
    name: checkRequired(name),
    email: checkEmail(email),
    password: checkPassword(password),
  };
  const show = (f: string) =>
    (submitted || touched[f]) && problems[f]
      ? t(`auth.problems.${problems[f]}`, { min: LIMITS.passwordMin, max: LIMITS.passwordMax })
      : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    const firstProblem = ['name', 'email', 'password'].find((f) => problems[f]);
    if (firstProblem) {
      document.getElementById(firstProblem)?.focus();
      return;
    }
    setBusy(true);
    try {
      await signUp({ name: name.trim(), email: email.trim(), password, locale, callbackURL: next });
      setSentTo(email.trim());
      setBusy(false);
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  };

  if (sentTo) {
    return (
      <AuthPanel title={t('auth.signUp.sentTitle')} id="sign-up-title">
        <Notice>
          <p>{t('auth.signUp.sent', { email: sentTo })}</p>
        </Notice>
        <p className="form__alt">
          <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>{t('auth.signIn.submit')}</Link>
        </p>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel title={t('auth.signUp.title')} id="sign-up-title">
      <p>{t('auth.signUp.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormErrors messages={error ? [error] : []} />
        <TextField
          id="name"
          label={t('auth.fields.name')}
          value={name}
          onValue={setName}
          onBlur={() => setTouched((s) => ({ ...s, name: true }))}
          error={show('name')}
          autoComplete="name"
          maxLength={LIMITS.nameMax}
          required
        />
        <TextField
          id="email"
          type="email"
          label={t('auth.fields.email')}
          value={email}
          onValue={setEmail}
          onBlur={() => setTouched((s) => ({ ...s, email: true }))}
          error={show('email')}
          autoComplete="email"
          required
        />
        <TextField
          id="password"
          type="password"
          label={t('auth.fields.password')}
          hint={t('auth.fields.passwordHint', { min: LIMITS.passwordMin })}
          value={password}
          onValue={setPassword}
          onBlur={() => setTouched((s) => ({ ...s, password: true }))}
          error={show('password')}
          autoComplete="new-password"
          maxLength={LIMITS.passwordMax}
          required
        />
        <p className="form__note">{t('auth.signUp.privacy')}</p>
        <button type="submit" className="button button--block" disabled={busy}>
          {busy ? t('common.working') : t('auth.signUp.submit')}
        </button>
      </form>
      <p className="form__alt">
        {t('auth.signUp.haveAccount')}{' '}
        <Link to={`/sign-in${search.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('auth.signIn.submit')}
        </Link>
      </p>
    </AuthPanel>
  );
}
