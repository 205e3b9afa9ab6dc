/** Gate for signed-in screens: anonymous visitors get a sign-in link; the server's abilities decide the rest. */
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session';
import type { TMe } from '../../../src/contract/me';

export function RequireAuth({ allow, children }: { allow?: (me: TMe) => boolean; children: ReactNode }) {
  const { me } = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  if (!me.user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <section className="panel panel--narrow" aria-labelledby="auth-required-title">
        <h1 id="auth-required-title">{t('auth.required.title')}</h1>
        <p>{t('auth.required.text')}</p>
        <p className="actions">
          <Link className="button" to={`/sign-in?next=${next}`}>
            {t('auth.signIn.submit')}
          </Link>
          <Link className="button button--secondary" to={`/sign-up?next=${next}`}>
            {t('auth.signUp.submit')}
          </Link>
        </p>
      </section>
    );
  }
  if (allow && !allow(me)) {
    return (
      <section className="panel panel--narrow" aria-labelledby="forbidden-title">
        <h1 id="forbidden-title">{t('errors.forbiddenPage.title')}</h1>
        <p>{t('errors.forbiddenPage.text')}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </section>
    );
  }
  return <>{children}</>;
}
