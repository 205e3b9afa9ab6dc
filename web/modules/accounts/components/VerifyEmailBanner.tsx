/** Shown to a signed-in person whose e-mail is not verified yet: why writes are refused, and a new link on request. */
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../shared/session/session';
import { sendVerificationEmail } from '../auth/api';
import { errorText } from '../../../shared/lib/errors';

export function VerifyEmailBanner() {
  const { t } = useTranslation();
  const { me } = useSession();
  const location = useLocation();
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | 'failed'>('idle');
  const [error, setError] = useState<string | null>(null);
  if (!me.user || me.user.emailVerified) return null;
  const email = me.user.email;
  const resend = async () => {
    setState('busy');
    setError(null);
    try {
      // The link signs in, verifies and lands back on this page.
      await sendVerificationEmail(email, `${location.pathname}${location.search}`);
      setState('sent');
    } catch (err) {
      setError(errorText(t, err));
      setState('failed');
    }
  };
  return (
    <div className="container">
      <section className="status status--info verify-banner" aria-labelledby="verify-banner-title">
        <h2 id="verify-banner-title" className="verify-banner__title">
          {t('verifyEmail.title')}
        </h2>
        <p>{t('verifyEmail.text', { email })}</p>
        <p role="status">
          {state === 'sent' ? t('verifyEmail.sent', { email }) : null}
          {state === 'failed' ? error : null}
        </p>
        <button
          type="button"
          className="button button--small"
          onClick={() => void resend()}
          disabled={state === 'busy'}
        >
          {state === 'busy' ? t('common.working') : t('verifyEmail.resend')}
        </button>
      </section>
    </div>
  );
}
