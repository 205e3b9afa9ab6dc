import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/Field';
import { FormErrors, Notice } from '../../../shared/components/Status';
import { useHead } from '../../../shared/lib/head';
import { errorText } from '../../../shared/lib/errors';
import { LIMITS } from '../../../../src/contract/common';
import { AuthPanel } from '../auth/components/AuthPanel';
import { resetPassword } from '../auth/api';
import { checkPassword } from '../auth/validation';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useHead(t('auth.reset.title'));
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const linkError = search.get('error');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!token || linkError) {
    return (
      <AuthPanel title={t('auth.reset.title')} id="reset-title">
        <div className="status status--error" role="alert">
          <p>{t('auth.reset.badLink')}</p>
        </div>
        <p className="form__alt">
          <Link to="/forgot-password">{t('auth.reset.requestNew')}</Link>
        </p>
      </AuthPanel>
    );
  }

  const passwordProblem = checkPassword(password);
  const repeatProblem = repeat !== password ? 'mismatch' : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    if (passwordProblem || repeatProblem) return;
    setBusy(true);
    try {
      await resetPassword(password, token);
      setDone(true);
    } catch (err) {
      setError(errorText(t, err));
    }
    setBusy(false);
  };

  return (
    <AuthPanel title={t('auth.reset.title')} id="reset-title">
      {done ? (
        <>
          <Notice>
            <p>{t('auth.reset.done')}</p>
          </Notice>
          <p>
            <Link className="button" to="/sign-in">
              {t('auth.signIn.submit')}
            </Link>
          </p>
        </>
      ) : (
        <form onSubmit={onSubmit} noValidate className="form">
          <FormErrors messages={error ? [error] : []} />
          <TextField
            id="new-password"
            type="password"
            label={t('auth.reset.newPassword')}
            hint={t('auth.fields.passwordHint', { min: LIMITS.passwordMin })}
            value={password}
            onValue={setPassword}
            error={
              submitted && passwordProblem
                ? t(`auth.problems.${passwordProblem}`, { min: LIMITS.passwordMin, max: LIMITS.passwordMax })
                : null
            }
            autoComplete="new-password"
            required
          />
          <TextField
            id="repeat-password"
            type="password"
            label={t('auth.reset.repeatPassword')}
            value={repeat}
            onValue={setRepeat}
            error={submitted && repeatProblem ? t('auth.problems.mismatch') : null}
            autoComplete="new-password"
            required
          />
          <button type="submit" className="button button--block" disabled={busy}>
            {busy ? t('common.working') : t('auth.reset.submit')}
          </button>
        </form>
      )}
    </AuthPanel>
  );
}
