import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../src/shared/enums';
import { TextField } from '../components/Field';
import { Pagination } from '../components/Pagination';
import { RequireAuth } from '../components/RequireAuth';
import { EmptyState, ErrorMessage, Loading } from '../components/Status';
import { useApi, useDebounced } from '../hooks/use-api';
import { withQuery } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { useHead } from '../lib/head';
import { parsePage } from '../lib/query';
import type { TAuditEntry, TPage } from '../lib/types';
import { useSession } from '../modules/session/session';

export function AdminAuditPage() {
  const { t } = useTranslation();
  useHead(t('admin.audit.title'));
  return (
    <div className="container section">
      <RequireAuth allow={(me) => me.abilities.admin.audit}>
        <AuditList />
      </RequireAuth>
    </div>
  );
}

/** Pretty JSON for the before/after snapshot; "—" when there is none. */
export function prettyJson(value: unknown): string {
  if (value === null || value === undefined) return '—';
  try {
    return JSON.stringify(value, null, 2);
  } catch {
    return String(value);
  }
}

function AuditList() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [search, setSearch] = useSearchParams();
  const page = parsePage(search.get('page'));
  const entityType = (search.get('entityType') ?? '').slice(0, 50);
  const [typeInput, setTypeInput] = useState(entityType);
  const debouncedType = useDebounced(typeInput, 350);
  const go = (patch: { page?: number; entityType?: string }, replace = false) => {
    const p = new URLSearchParams();
    const et = patch.entityType ?? entityType;
    if (et) p.set('entityType', et);
    const pg = patch.page ?? 1;
    if (pg > 1) p.set('page', String(pg));
    setSearch(p, { replace });
  };
  useEffect(() => {
    if (debouncedType.trim() !== entityType) go({ entityType: debouncedType.trim() }, true);
    // Deliberately keyed on this value only.
  }, [debouncedType]);

  const { data, error, loading, reload } = useApi<TPage<TAuditEntry>>(
    withQuery('/api/v1/admin/audit', { entityType, page, pageSize: LIMITS.pageSizeDefault }),
  );

  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="section__lead">{t('admin.audit.intro')}</p>
      <form className="filters" role="search" aria-label={t('admin.audit.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        <TextField
          id="audit-entity"
          label={t('admin.audit.entityType')}
          hint={t('admin.audit.entityTypeHint')}
          value={typeInput}
          onValue={setTypeInput}
          maxLength={50}
        />
      </form>
      <div aria-live="polite" aria-busy={loading}>
        {error ? (
          <ErrorMessage error={error} onRetry={reload} />
        ) : loading && !data ? (
          <Loading />
        ) : data && data.items.length === 0 ? (
          <EmptyState>
            <p>{t('admin.audit.empty')}</p>
          </EmptyState>
        ) : data ? (
          <>
            <ul className="item-list">
              {data.items.map((a) => (
                <li key={String(a.id)} className="item item--stack">
                  <details className="disclosure">
                    <summary>
                      <span className="item__title">
                        <code>{a.action}</code> · {a.entityType}
                      </span>
                      <span className="item__meta">
                        {formatDateTime(a.at, locale)} · {a.actorEmail ?? t('admin.audit.system')}
                        {a.actorRole ? ` (${t(`roles.${a.actorRole}`, { defaultValue: a.actorRole })})` : ''}
                      </span>
                    </summary>
                    <p className="item__meta">
                      {t('admin.audit.entityId')}: <code>{a.entityId ?? '—'}</code>
                    </p>
                    <div className="grid-2">
                      <div>
                        <h2 className="h4">{t('admin.audit.before')}</h2>
                        <pre className="json" tabIndex={0}>
                          {prettyJson(a.before)}
                        </pre>
                      </div>
                      <div>
                        <h2 className="h4">{t('admin.audit.after')}</h2>
                        <pre className="json" tabIndex={0}>
                          {prettyJson(a.after)}
                        </pre>
                      </div>
                    </div>
                  </details>
                </li>
              ))}
            </ul>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={(p) => go({ page: p })} />
          </>
        ) : null}
      </div>
    </>
  );
}
