import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../shared/components/Status';
import { meansNotFound } from '../shared/lib/errors';
import { useHead } from '../shared/lib/head';

export function NotFoundPage() {
  const { t } = useTranslation();
  useHead(t('notFound.title'));
  return (
    <section className="container section panel--narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p className="actions">
        <Link className="button" to="/">
          {t('notFound.home')}
        </Link>
        <Link className="button button--secondary" to="/sme-check">
          {t('nav.smeCheck')}
        </Link>
      </p>
    </section>
  );
}

/** A detail page whose data did not load: the not-found page when the record is not there, else the error with a retry. */
export function LoadFailure({
  error,
  onRetry,
  notFound = meansNotFound(error),
}: {
  error: unknown;
  onRetry: () => void;
  notFound?: boolean;
}) {
  if (notFound) return <NotFoundPage />;
  return (
    <div className="container section">
      <ErrorMessage error={error} onRetry={onRetry} />
    </div>
  );
}
