import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../src/contract/common';
import { PagedList } from '../../../shared/components/PagedList';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { useApi } from '../../../shared/hooks/use-api';
import { useUrlFilters } from '../../../shared/hooks/use-url-filters';
import { withQuery } from '../../../shared/lib/api';
import { useHead } from '../../../shared/lib/head';
import { auditFiltersToSearch, parseAuditFilters } from '../../../shared/lib/query';
import type { TAuditEntry } from '../../../../src/contract/accounts/schemas';
import type { TPage } from '../../../../src/contract/common';
import { useSession } from '../../../shared/session/session';
import { AuditFilters } from '../components/AuditFilters';
import { AuditItem } from '../components/AuditItem';

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

function AuditList() {
  const { t } = useTranslation();
  const { locale } = useSession();
  const filterState = useUrlFilters(parseAuditFilters, auditFiltersToSearch);
  const { filters, update } = filterState;
  const { q: actor, action, entityType, from, to, page } = filters;

  const list = useApi<TPage<TAuditEntry>>(
    withQuery('/api/v1/admin/audit', {
      actor,
      action,
      entityType,
      from,
      to,
      lang: locale,
      page,
      pageSize: LIMITS.pageSizeDefault,
    }),
  );

  return (
    <>
      <h1>{t('admin.audit.title')}</h1>
      <p className="section__lead">{t('admin.audit.intro')}</p>
      <AuditFilters state={filterState} />
      <PagedList state={list} empty={<p>{t('admin.audit.empty')}</p>} onPage={(p) => update({ page: p })}>
        {(data) => (
          <ul className="item-list audit-list">
            {data.items.map((a) => (
              <AuditItem key={String(a.id)} entry={a} />
            ))}
          </ul>
        )}
      </PagedList>
    </>
  );
}
