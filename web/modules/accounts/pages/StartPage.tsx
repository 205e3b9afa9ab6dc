/** /start — staff's and admins' home: what needs their attention, each count opening the filtered list. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { withQuery } from '../../../shared/lib/api';
import { useHead } from '../../../shared/lib/head';
import { useSession } from '../../../shared/session/session';

interface TStartItem {
  key: string;
  count: number;
  path: string;
  parts: { label: string; count: number; path: string }[];
}

export function StartPage() {
  const { t } = useTranslation();
  useHead(t('start.title'));
  return (
    <div className="container section">
      <RequireAuth allow={(me) => !!me.abilities.start?.read}>
        <StartItems />
      </RequireAuth>
    </div>
  );
}

function StartItems() {
  const { t } = useTranslation();
  const { me, locale } = useSession();
  const state = useApi<{ items: TStartItem[] }>(withQuery('/api/v1/start', { lang: locale }));
  const items = state.data?.items ?? [];
  const waiting = items.filter((i) => i.count > 0);
  return (
    <>
      <h1>{t('start.title')}</h1>
      <p className="section__lead">{t('start.intro', { name: me.user?.name ?? '' })}</p>
      {state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : null}
      {state.loading && !state.data ? <Loading /> : null}
      {state.data ? (
        <>
          {waiting.length === 0 ? <p className="status">{t('start.allClear')}</p> : null}
          <ul className="start-grid" aria-label={t('start.listLabel')}>
            {items.map((i) => (
              <li key={i.key} className={`start-card${i.count > 0 ? ' start-card--attention' : ''}`}>
                <Link to={i.path} className="start-card__link">
                  <span className="start-card__count">{i.count}</span>
                  <span className="start-card__label">{t(`start.items.${i.key}`, { count: i.count })}</span>
                </Link>
                {i.parts.length ? (
                  <ul className="plain-list start-card__parts">
                    {i.parts.map((p) => (
                      <li key={p.path}>
                        <Link to={p.path}>{p.label}</Link> <span className="muted">({p.count})</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
