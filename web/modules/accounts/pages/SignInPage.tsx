import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../shared/components/Field';
import { FormErrors } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { errorText } from '../../../shared/lib/errors';
import { safeNext } from '../../../shared/lib/query';
import { startPathFor } from '../../../shared/lib/start-path';
import { AuthPanel } from '../auth/components/AuthPanel';
import { signIn } from '../auth/api';
import { checkEmail, checkRequired, type TAuthFieldProblem } from '../auth/validation';
import { useSession } from '../../../shared/session/session';

export function SignInPage() {
  const { t } = useTranslation();
  useHead(t('auth.signIn.title'));
  const { refreshMe } = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const requestedNext = search.get('next');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(true);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const problems: Record<string, TAuthFieldProblem> = { email: checkEmail(email), password: checkRequired(password) };
  const show = (f: string) => (submitted && problems[f] ? t(`auth.problems.${problems[f]}`) : null);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    const firstProblem = ['email', 'password'].find((f) => problems[f]);
    if (firstProblem) {
      document.getElementById(firstProblem)?.focus();
      return;
    }
    setBusy(true);
    try {
      await signIn({ email: email.trim(), password, rememberMe: remember });
      const me = await refreshMe();
      // An explicit ?next= wins; otherwise staff and admins go to their start page.
      navigate(safeNext(requestedNext, startPathFor(me.user?.role)));
    } catch (err) {
      setError(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <AuthPanel title={t('auth.signIn.title')} id="sign-in-title">
      <form onSubmit={onSubmit} noValidate className="form">
        <FormErrors messages={error ? [error] : []} />
        <TextField
          id="email"
          type="email"
          label={t('auth.fields.email')}
          value={email}
          onValue={setEmail}
          error={show('email')}
          autoComplete="email"
          required
        />
        <TextField
          id="password"
          type="password"
          label={t('auth.fields.password')}
          value={password}
          onValue={setPassword}
          error={show('password')}
          autoComplete="current-password"
          required
        />
        <CheckboxField id="remember" label={t('auth.signIn.remember')} checked={remember} onChecked={setRemember} />
        <button type="submit" className="button button--block" disabled={busy}>
          {busy ? t('common.working') : t('auth.signIn.submit')}
        </button>
      </form>
      <p className="form__alt">
        <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
      </p>
      <p className="form__alt">
        {t('auth.signIn.noAccount')}{' '}
        <Link to={`/sign-up${search.get('next') ? `?next=${encodeURIComponent(safeNext(requestedNext))}` : ''}`}>
          {t('auth.signUp.submit')}
        </Link>
      </p>
    </AuthPanel>
  );
}
