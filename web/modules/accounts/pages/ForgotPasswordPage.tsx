import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { FormErrors, Notice } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { errorText } from '../../../shared/lib/errors';
import { AuthPanel } from '../auth/components/AuthPanel';
import { requestPasswordReset } from '../auth/api';
import { checkEmail } from '../auth/validation';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useHead(t('auth.forgot.title'));
  const [email, setEmail] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problem = checkEmail(email);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    if (problem) return;
    setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      setSent(true);
    } catch (err) {
      setError(errorText(t, err));
    }
    setBusy(false);
  };

  return (
    <AuthPanel title={t('auth.forgot.title')} id="forgot-title">
      {sent ? (
        <Notice>
          <p>{t('auth.forgot.sent', { email: email.trim() })}</p>
        </Notice>
      ) : (
        <>
          <p>{t('auth.forgot.intro')}</p>
          <form onSubmit={onSubmit} noValidate className="form">
            <FormErrors messages={error ? [error] : []} />
            <TextField
              id="email"
              type="email"
              label={t('auth.fields.email')}
              value={email}
              onValue={setEmail}
              error={submitted && problem ? t(`auth.problems.${problem}`) : null}
              autoComplete="email"
              required
            />
            <button type="submit" className="button button--block" disabled={busy}>
              {busy ? t('common.working') : t('auth.forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p className="form__alt">
        <Link to="/sign-in">{t('auth.forgot.back')}</Link>
      </p>
    </AuthPanel>
  );
}
