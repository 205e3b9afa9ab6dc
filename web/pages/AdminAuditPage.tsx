import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../src/shared/enums';
import { TextField } from '../components/Field';
import { PagedList } from '../components/PagedList';
import { RequireAuth } from '../components/RequireAuth';
import { useApi } from '../hooks/use-api';
import { useUrlFilters } from '../hooks/use-url-filters';
import { withQuery } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { useHead } from '../lib/head';
import { auditFiltersToSearch, parseAuditFilters } from '../lib/query';
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
  const { filters, update, q: typeInput, setQ: setTypeInput } = useUrlFilters(parseAuditFilters, auditFiltersToSearch);
  const { q: entityType, page } = filters;

  const list = useApi<TPage<TAuditEntry>>(withQuery('/api/v1/admin/audit', { entityType, page, pageSize: LIMITS.pageSizeDefault }));

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
      <PagedList state={list} empty={<p>{t('admin.audit.empty')}</p>} onPage={(p) => update({ page: p })}>
        {(data) => (
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
        )}
      </PagedList>
    </>
  );
}
