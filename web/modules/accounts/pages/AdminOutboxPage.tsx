import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src/contract/common';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { withQuery } from '../../../shared/lib/api';
import { formatDateTime } from '../../../shared/lib/format';
import { useHead } from '../../../shared/lib/head';
import { parsePage } from '../../../shared/lib/query';
import type { TOutboxMail } from '../../../../src/contract/accounts/schemas';
import type { TPage } from '../../../../src/contract/common';
import { useSession } from '../../../shared/session/session';

export function AdminOutboxPage() {
  const { t } = useTranslation();
  useHead(t('admin.outbox.title'));
  return (
    <div className="container section">
      <RequireAuth allow={(me) => me.abilities.admin.outbox}>
        <OutboxList />
      </RequireAuth>
    </div>
  );
}

function OutboxList() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [search, setSearch] = useSearchParams();
  const page = parsePage(search.get('page'));
  const list = useApi<TPage<TOutboxMail>>(
    withQuery('/api/v1/admin/outbox', { page, pageSize: LIMITS.pageSizeDefault }),
  );

  return (
    <>
      <h1>{t('admin.outbox.title')}</h1>
      <p className="section__lead">{t('admin.outbox.intro')}</p>
      <PagedList
        state={list}
        empty={<p>{t('admin.outbox.empty')}</p>}
        onPage={(p) => setSearch(p > 1 ? new URLSearchParams({ page: String(p) }) : new URLSearchParams())}
      >
        {(data) => (
          <ul className="item-list">
            {data.items.map((m) => (
              <li key={m.id} className="item item--stack">
                <details className="disclosure">
                  <summary>
                    <span className="item__title">{m.subject}</span>
                    <span className="item__meta">
                      {t('admin.outbox.to')}: {m.to} · {formatDateTime(m.createdAt, locale)} ·{' '}
                      <span
                        className={`badge${m.status === 'sent' ? ' badge--ok' : m.status === 'failed' ? ' badge--warn' : ''}`}
                      >
                        {t(`admin.outbox.statuses.${m.status}`, { defaultValue: m.status })}
                      </span>
                    </span>
                  </summary>
                  <dl className="details details--compact">
                    <div className="details__item">
                      <dt>{t('admin.outbox.kind')}</dt>
                      <dd>
                        <code>{m.kind}</code>
                      </dd>
                    </div>
                    {m.sentAt ? (
                      <div className="details__item">
                        <dt>{t('admin.outbox.sentAt')}</dt>
                        <dd>{formatDateTime(m.sentAt, locale)}</dd>
                      </div>
                    ) : null}
                    {m.lastError ? (
                      <div className="details__item">
                        <dt>{t('admin.outbox.lastError')}</dt>
                        <dd>{m.lastError}</dd>
                      </div>
                    ) : null}
                  </dl>
                  <pre className="mail-text" tabIndex={0} aria-label={t('admin.outbox.text')}>
                    {m.text}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
