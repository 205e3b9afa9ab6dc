import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS, type TRole } from '../../../../src/contract/common';
import { TextField } from '../../../shared/components/Field';
import { FormErrors, Loading } from '../../../shared/components/Status';
import { api } from '../../../shared/lib/api';
import { asApiError, errorText } from '../../../shared/lib/errors';
import { useHead } from '../../../shared/lib/head';
import { startPathFor } from '../../../shared/lib/start-path';
import { AuthPanel } from '../auth/components/AuthPanel';
import { signIn } from '../auth/api';
import { checkPassword, checkRequired } from '../auth/validation';
import { useSession } from '../../../shared/session/session';

interface TPreview {
  email: string;
  role: TRole;
  expiresAt: string;
}

/** The link in an invitation mail: the invitee chooses a name and password, and is signed in with the given role. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useHead(t('invitation.title'));
  const { refreshMe } = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [invalid, setInvalid] = useState(!token);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!token) return;
    let live = true;
    api<TPreview>('POST', '/api/v1/invitations/preview', { token })
      .then((p) => live && setPreview(p))
      .catch(() => live && setInvalid(true));
    return () => {
      live = false;
    };
  }, [token]);

  if (invalid) {
    return (
      <AuthPanel title={t('invitation.title')} id="invitation-title">
        <div className="status status--error" role="alert">
          <p>{t('invitation.badLink')}</p>
        </div>
        <p className="form__alt">
          <Link to="/sign-in">{t('auth.signIn.submit')}</Link>
        </p>
      </AuthPanel>
    );
  }
  if (!preview) return <Loading />;

  const problems = {
    name: checkRequired(name),
    password: checkPassword(password),
    repeat: repeat !== password ? ('mismatch' as const) : null,
  };
  const show = (f: keyof typeof problems) =>
    submitted && problems[f]
      ? t(`auth.problems.${problems[f]}`, { min: LIMITS.passwordMin, max: LIMITS.passwordMax })
      : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setError(null);
    const first = (['name', 'password', 'repeat'] as const).find((f) => problems[f]);
    if (first) {
      document.getElementById(`invite-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await api('POST', '/api/v1/invitations/accept', { token, name: name.trim(), password });
      await signIn({ email: preview.email, password });
      await refreshMe();
      navigate(startPathFor(preview.role));
    } catch (err) {
      const e2 = asApiError(err);
      if (e2.status === 404) setInvalid(true);
      else setError(errorText(t, err));
      setBusy(false);
    }
  };

  return (
    <AuthPanel title={t('invitation.title')} id="invitation-title">
      <p>{t('invitation.intro', { email: preview.email, role: t(`roles.${preview.role}`) })}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <FormErrors messages={error ? [error] : []} />
        <TextField
          id="invite-name"
          label={t('auth.fields.name')}
          value={name}
          onValue={setName}
          error={show('name')}
          autoComplete="name"
          required
        />
        <TextField
          id="invite-password"
          type="password"
          label={t('auth.fields.password')}
          hint={t('auth.fields.passwordHint', { min: LIMITS.passwordMin })}
          value={password}
          onValue={setPassword}
          error={show('password')}
          autoComplete="new-password"
          required
        />
        <TextField
          id="invite-repeat"
          type="password"
          label={t('auth.reset.repeatPassword')}
          value={repeat}
          onValue={setRepeat}
          error={show('repeat')}
          autoComplete="new-password"
          required
        />
        <button type="submit" className="button button--block" disabled={busy}>
          {busy ? t('common.working') : t('invitation.submit')}
        </button>
      </form>
    </AuthPanel>
  );
}
